using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>
/// Renders a <see cref="Card"/> as one rich embed (brief §5 "ticket card"): title, link, body as description, facts
/// as inline fields, a colour by priority and a footer naming the ticket. A form's inputs are listed in a field
/// because a message cannot hold them. The embed always keeps within Discord's limits, the 6000 total included.
/// </summary>
internal static class EmbedRenderer
{
    public const string FooterText = "ChatOps ITSM";
    public const string InputsFieldName = "To fill in";

    /// <summary>Discord refuses an empty field name or value.</summary>
    public const string EmptyValue = "—";

    public static JsonEmbed Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        string? link = HttpLink(card.Link);
        JsonEmbed embed = new()
        {
            Type = "rich",
            Title = card.Title.Length == 0 ? null : Truncation.Shorten(card.Title, DiscordLimits.EmbedTitleLength),
            Url = link,
            Color = PriorityColors.Of(card.Facts),
            Footer = new JsonEmbedFooter { Text = Footer(card.Title) },
            Fields = Fields(card),
        };
        if (embed.Fields.Count == 0)
        {
            embed.Fields = null;
        }

        EmbedBudget.Fit(embed, card.Body, link);
        return embed;
    }

    /// <summary>The link when it is an absolute http(s) URL; Discord refuses anything else as an embed url.</summary>
    public static string? HttpLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? link
            : null;

    /// <summary>"ChatOps ITSM · INC-1001" when the title starts with a ticket id (<c>INC-1001 · …</c>).</summary>
    private static string Footer(string title)
    {
        string firstWord = title.TrimStart().Split(' ', 2)[0];
        return TicketId.TryParse(firstWord, out TicketId id) ? $"{FooterText} · {id}" : FooterText;
    }

    private static List<JsonEmbedField> Fields(Card card)
    {
        int factRoom = card.IsForm ? DiscordLimits.EmbedFields - 1 : DiscordLimits.EmbedFields;
        List<JsonEmbedField> fields = card.Facts.Take(factRoom)
            .Select(f => Field(f.Label, f.Value, inline: true))
            .ToList();
        if (card.IsForm)
        {
            IEnumerable<string> lines = card.Inputs.Select(i => i.Required ? $"- {i.Label} (required)" : $"- {i.Label}");
            fields.Add(Field(InputsFieldName, string.Join('\n', lines), inline: false));
        }

        return fields;
    }

    private static JsonEmbedField Field(string name, string value, bool inline) => new()
    {
        Name = string.IsNullOrWhiteSpace(name) ? EmptyValue : Truncation.Shorten(name, DiscordLimits.FieldNameLength),
        Value = string.IsNullOrWhiteSpace(value) ? EmptyValue : Truncation.Shorten(value, DiscordLimits.FieldValueLength),
        Inline = inline,
    };
}
