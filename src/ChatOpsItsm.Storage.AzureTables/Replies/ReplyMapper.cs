using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Storage.AzureTables.Replies;

/// <summary>
/// <see cref="Reply"/> and its card ↔ their stored shape, field by field, for every place a reply is stored (queued
/// work, the local chat). Enums by name; a name this version does not know is corrupt data.
/// </summary>
internal static class ReplyMapper
{
    public static ReplyJson ToJson(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new ReplyJson(reply.Text, reply.Card is { } card ? ToJson(card) : null);
    }

    public static Reply FromJson(ReplyJson json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new Reply(json.Text, json.Card is { } card ? FromJson(card) : null);
    }

    private static CardJson ToJson(Card card) => new(
        card.Title,
        [.. card.Facts.Select(fact => new CardFactJson(fact.Label, fact.Value))],
        card.Body,
        [.. card.Buttons.Select(button => new CardButtonJson(
            button.Label, button.ActionId, new Dictionary<string, string>(button.Data, StringComparer.Ordinal), button.Style.ToString()))],
        [.. card.Inputs.Select(input => new CardInputJson(
            input.Name, input.Label, input.Kind.ToString(), input.Required, input.Value, input.MaxLength, [.. input.Choices], input.Placeholder))],
        card.Link);

    private static Card FromJson(CardJson json) => new(
        json.Title ?? throw Missing("card title"),
        [.. (json.Facts ?? []).Select(fact => new CardFact(fact.Label, fact.Value))],
        json.Body,
        [.. (json.Buttons ?? []).Select(button => new CardButton(
            button.Label, button.ActionId, new Dictionary<string, string>(button.Data ?? new Dictionary<string, string>(), StringComparer.Ordinal), Parse<ButtonStyle>(button.Style)))],
        [.. (json.Inputs ?? []).Select(input => new CardInput(
            input.Name, input.Label, Parse<InputKind>(input.Kind), input.Required, input.Value, input.MaxLength, [.. input.Choices ?? []])
        {
            Placeholder = input.Placeholder,
        })])
    {
        Link = json.Link,
    };

    public static TEnum Parse<TEnum>(string? name)
        where TEnum : struct, Enum =>
        // By name only: Enum.TryParse also reads "1" as a value, which a stored name never is.
        !string.IsNullOrEmpty(name) && !char.IsAsciiDigit(name[0]) && name[0] != '-'
        && Enum.TryParse(name, ignoreCase: false, out TEnum value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidDataException($"'{name}' is not a {typeof(TEnum).Name}.");

    private static InvalidDataException Missing(string what) => new($"A stored reply has no {what}.");
}
