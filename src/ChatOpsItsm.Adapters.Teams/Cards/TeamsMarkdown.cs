using System.Text;
using System.Text.RegularExpressions;

namespace ChatOpsItsm.Adapters.Teams.Cards;

/// <summary>
/// Turns the engine's Markdown subset (<c>**bold**</c>, <c>_italic_</c>, <c>`code`</c>, <c>- </c> bullets, blank
/// lines between paragraphs) into what Teams renders. Anything outside the subset came from a user (titles,
/// descriptions, notes), so it is defused: a Markdown link shows its address instead of hiding it, and in
/// message text HTML tags such as <c>&lt;at&gt;</c> are escaped, because Teams reads message text as HTML.
/// </summary>
internal static partial class TeamsMarkdown
{
    /// <summary>For an Adaptive Card TextBlock or fact value: Markdown without code spans and without HTML.</summary>
    public static string ForCard(string markdown) =>
        Convert(markdown, line => CodeSpan().Replace(DefuseLinks(line), "“$1”"));

    /// <summary>For the <c>text</c> of a message sent with <c>textFormat: markdown</c>.</summary>
    public static string ForMessage(string markdown) =>
        Convert(markdown, line => EscapeHtml(DefuseLinks(line)));

    /// <summary>A link's address stays visible: <c>[click](https://x)</c> becomes <c>click (https://x)</c>.</summary>
    private static string DefuseLinks(string line) => MarkdownLink().Replace(line, "$1 ($2)");

    private static string EscapeHtml(string line)
    {
        string ampersands = EntityLike().Replace(line, "&amp;");
        return ampersands.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>
    /// Teams ignores a single newline outside a list, so separate lines become paragraphs; consecutive
    /// bullets stay one list.
    /// </summary>
    private static string Convert(string markdown, Func<string, string> inline)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        StringBuilder text = new(markdown.Length);
        bool previousWasBullet = false;
        foreach (string raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            bool bullet = line.StartsWith("- ", StringComparison.Ordinal);
            if (text.Length > 0)
            {
                text.Append(bullet && previousWasBullet ? "\n" : "\n\n");
            }

            text.Append(inline(line));
            previousWasBullet = bullet;
        }

        return text.ToString();
    }

    [GeneratedRegex(@"!?\[([^\]\n]*)\]\(([^)\n]*)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("&(?=#?[A-Za-z0-9]+;)")]
    private static partial Regex EntityLike();
}
