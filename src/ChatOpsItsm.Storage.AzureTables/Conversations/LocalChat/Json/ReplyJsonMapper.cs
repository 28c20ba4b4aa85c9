using System.Text.Json;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat.Json;

/// <summary><see cref="Reply"/> ↔ its stored JSON. Enums by name; a name this version does not know is corrupt data.</summary>
internal static class ReplyJsonMapper
{
    public static string ToJson(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ReplyJson json = new(reply.Text, reply.Card is { } card ? ToJson(card) : null);
        return JsonSerializer.Serialize(json, ConversationsJsonContext.Default.ReplyJson);
    }

    /// <exception cref="InvalidDataException">The JSON is not a stored reply.</exception>
    public static Reply FromJson(string text)
    {
        ReplyJson json;
        try
        {
            json = JsonSerializer.Deserialize(text, ConversationsJsonContext.Default.ReplyJson)
                ?? throw new InvalidDataException("A stored reply is null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("A stored reply is not valid JSON.", exception);
        }

        return new Reply(json.Text, json.Card is { } card ? FromJson(card) : null);
    }

    private static CardJson ToJson(Card card) => new(
        card.Title,
        [.. card.Facts.Select(fact => new CardFactJson(fact.Label, fact.Value))],
        card.Body,
        [.. card.Buttons.Select(button => new CardButtonJson(
            button.Label, button.ActionId, new Dictionary<string, string>(button.Data), button.Style.ToString()))],
        [.. card.Inputs.Select(input => new CardInputJson(
            input.Name, input.Label, input.Kind.ToString(), input.Required, input.Value, input.MaxLength, [.. input.Choices], input.Placeholder))],
        card.Link);

    private static Card FromJson(CardJson card) => new(
        card.Title,
        [.. (card.Facts ?? []).Select(fact => new CardFact(fact.Label, fact.Value))],
        card.Body,
        [.. (card.Buttons ?? []).Select(button => new CardButton(
            button.Label, button.ActionId, new Dictionary<string, string>(button.Data ?? new Dictionary<string, string>()), Parse<ButtonStyle>(button.Style)))],
        [.. (card.Inputs ?? []).Select(input => new CardInput(
            input.Name, input.Label, Parse<InputKind>(input.Kind), input.Required, input.Value, input.MaxLength, [.. input.Choices ?? []])
        {
            Placeholder = input.Placeholder,
        })])
    {
        Link = card.Link,
    };

    private static TEnum Parse<TEnum>(string? name)
        where TEnum : struct, Enum =>
        Enum.TryParse(name, ignoreCase: false, out TEnum value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidDataException($"A stored reply has an unknown {typeof(TEnum).Name} '{name}'.");
}
