using System.Globalization;
using System.Text;
using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Puts what people typed into the review's Markdown without letting it change the document's structure: no heading,
/// code fence, table, HTML block or setext underline can start from a user's line, no pipe splits a table cell, and
/// inline text stays on its line. Also the review's fixed formats for instants and durations.
/// </summary>
internal static class ReviewMarkdown
{
    /// <summary>Characters that open a block (heading, fence, table, quote, HTML) when they start a line.</summary>
    private const string BlockStarts = "#`~|<>=";

    /// <summary>One line of user text for a list item or a sentence: line breaks become spaces, tags are escaped.</summary>
    public static string Inline(string? text) => EscapeTags(TextRules.SingleLine(text));

    /// <summary>One line of user text for a table cell: as <see cref="Inline"/>, and pipes cannot end the cell.</summary>
    public static string Cell(string? text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>User text kept on its lines, each unable to open a block; a blank line stays a paragraph break.</summary>
    public static string Block(string? text)
    {
        string[] lines = TextRules.MultiLine(text).Split('\n');
        StringBuilder builder = new();
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            // Leading spaces go: four would make an indented code block, and they carry no meaning in a summary.
            string content = EscapeTags(lines[i].Trim());
            bool opensBlock = content.Length > 0 && (BlockStarts.Contains(content[0], StringComparison.Ordinal) || IsRule(content));
            builder.Append(opensBlock ? "\\" + content : content);
        }

        return builder.ToString();
    }

    /// <summary>"2026-11-28 14:02:11 UTC".</summary>
    public static string Stamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>An exact duration, largest unit first, zero parts left out: "1 h 2 min 5 s", "3 d 4 h", "0 s".</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            return "-" + Duration(span.Negate());
        }

        List<string> parts = [];
        Add(parts, span.Days, "d");
        Add(parts, span.Hours, "h");
        Add(parts, span.Minutes, "min");
        Add(parts, span.Seconds, "s");
        return parts.Count == 0 ? "0 s" : string.Join(' ', parts);
    }

    private static void Add(List<string> parts, int value, string unit)
    {
        if (value > 0)
        {
            parts.Add($"{value.ToString(CultureInfo.InvariantCulture)} {unit}");
        }
    }

    /// <summary>A line of only <c>-</c>, <c>*</c>, <c>_</c> or <c>+</c> (and spaces): a rule, a setext underline or a list marker alone.</summary>
    private static bool IsRule(string content) => content.All(c => c is '-' or '*' or '_' or '+' or ' ');

    /// <summary><c>&lt;</c> before a letter, <c>/</c>, <c>!</c> or <c>?</c> would open raw HTML; "latency &lt; 2 s" stays as typed.</summary>
    private static string EscapeTags(string text)
    {
        StringBuilder builder = new(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
