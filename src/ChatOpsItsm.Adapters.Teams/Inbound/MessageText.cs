using System.Net;
using System.Text.RegularExpressions;
using ChatOpsItsm.Adapters.Teams.Protocol;

namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// The text of a Teams message as the engine reads it (brief §1.6): the bot's own mentions removed (found by
/// <c>mentioned.id == recipient.id</c>, never by name: users can rename the bot), other mentions reduced to the name,
/// HTML decoded, whitespace collapsed.
/// </summary>
internal static partial class MessageText
{
    public static string Of(JsonActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string text = activity.Text ?? "";
        string? botId = activity.Recipient?.Id;
        foreach (JsonEntity entity in activity.Entities ?? [])
        {
            if (entity.Type != JsonEntity.MentionType || botId is null || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal))
            {
                continue;
            }

            if (!string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
            }

            // The entity text is sometimes <at>@Name</at> while the message says <at>Name</at>.
            string? name = Inner(entity.Text) ?? entity.Mentioned?.Name;
            if (!string.IsNullOrEmpty(name))
            {
                text = AtTag().Replace(text, match => SameName(match.Groups[1].Value, name) ? " " : match.Value);
            }
        }

        text = AtTag().Replace(text, match => match.Groups[1].Value);
        text = LayoutTag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return Whitespace().Replace(text, " ").Trim();
    }

    private static string? Inner(string? mentionText) =>
        mentionText is not null && AtTag().Match(mentionText) is { Success: true } match ? match.Groups[1].Value : null;

    private static bool SameName(string a, string b) =>
        string.Equals(a.Trim().TrimStart('@'), b.Trim().TrimStart('@'), StringComparison.Ordinal);

    [GeneratedRegex("<at>(.*?)</at>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AtTag();

    [GeneratedRegex("</?(?:p|div|span|br)\\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LayoutTag();

    // \s covers the no-break space that &nbsp; decodes to.
    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
