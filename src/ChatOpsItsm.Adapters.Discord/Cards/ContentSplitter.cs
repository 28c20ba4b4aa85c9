namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>
/// Splits a text longer than Discord's <c>content</c> limit (2000, brief §5) into parts of a message each, so a long
/// document (the post-incident review, 2–6 KB of Markdown) can be read in full instead of being cut:
/// <list type="bullet">
/// <item>a part ends at the last boundary that fits, preferring a blank line before a heading, then a blank line, a
/// line break, a space; a boundary counts only when the part before it is at least half a message, so no part is
/// needlessly short. Without one the text is cut hard, never inside a surrogate pair. The boundary itself (the blank
/// line, line break or space) is dropped, as the gap between two messages shows it;</item>
/// <item>a fenced code block (<c>```</c>) cut across parts is closed at the end of one part and reopened, with its
/// info string, at the start of the next, so the rest of the code still reads as code;</item>
/// <item>at most <see cref="MaxParts"/> parts: the last one is then cut with the pointer to the full ticket
/// (<see cref="Truncation.ShortenAtBoundary"/>).</item>
/// </list>
/// Two consecutive parts never fit one message together, even joined by a blank line (every part but the last is at
/// least half a message, and a part and the last one hold what did not fit one message): a part is re-rendered as a
/// reply of its own when the rest of an interaction answer is queued, and the packer must not merge it back. Only a
/// last part cut at <see cref="MaxParts"/> could, in a contrived case, fit with the one before; nothing is lost then.
/// </summary>
internal static class ContentSplitter
{
    /// <summary>Five messages, 10,000 characters: a long review reads in full, a runaway text does not flood the channel.</summary>
    public const int MaxParts = 5;

    private const int MaxLength = DiscordLimits.ContentLength;
    private const int MinPartLength = MaxLength / 2;
    private const string Fence = "```";
    private const string FenceClose = "\n" + Fence;

    /// <summary>Boundary tests in order of preference: the length of the boundary starting at an index, 0 when none does.</summary>
    private static readonly Func<string, int, int>[] BoundaryKinds =
    [
        (text, i) => IsBlankLineAt(text, i) && IsHeadingAt(text, i + 2) ? 2 : 0,
        (text, i) => IsBlankLineAt(text, i) ? 2 : 0,
        (text, i) => text[i] == '\n' ? 1 : 0,
        (text, i) => text[i] == ' ' ? 1 : 0,
    ];

    /// <summary>
    /// The parts of <paramref name="text"/>, each at most 2000 characters; the text itself as the one part when it fits.
    /// <paramref name="link"/> is where the full text is, named when the text goes beyond <see cref="MaxParts"/> parts.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, string? link)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<string> parts = [];
        string rest = text;
        string reopen = "";
        while (reopen.Length + rest.Length > MaxLength)
        {
            if (parts.Count == MaxParts - 1)
            {
                parts.Add(LastPart(reopen, rest, link));
                return parts;
            }

            (int cut, int skip) = Cut(rest, reopen.Length, MaxLength - reopen.Length);
            string part = reopen + rest[..cut];
            if (OpenFence(part) is not null)
            {
                // Room for the closing fence; the shorter cut may fall before the fence opened, which needs no closing.
                (cut, skip) = Cut(rest, reopen.Length, MaxLength - reopen.Length - FenceClose.Length);
                part = reopen + rest[..cut];
            }

            string? open = OpenFence(part);
            parts.Add(open is null ? part : part + FenceClose);
            reopen = open is null ? "" : open + "\n";
            rest = rest[(cut + skip)..];
        }

        parts.Add(reopen + rest);
        return parts;
    }

    /// <summary>Where to end the part (at most <paramref name="room"/>) and how many boundary characters to drop after it.</summary>
    private static (int Cut, int Skip) Cut(string text, int prefixLength, int room)
    {
        int shortest = Math.Max(1, MinPartLength - prefixLength);
        int longest = Math.Min(room, text.Length - 1);
        foreach (Func<string, int, int> boundaryAt in BoundaryKinds)
        {
            for (int i = longest; i >= shortest; i--)
            {
                int skip = boundaryAt(text, i);
                if (skip > 0)
                {
                    return (i, skip);
                }
            }
        }

        int hard = char.IsHighSurrogate(text[room - 1]) ? room - 1 : room;
        return (hard, 0);
    }

    private static bool IsBlankLineAt(string text, int i) => i + 1 < text.Length && text[i] == '\n' && text[i + 1] == '\n';

    /// <summary>A Markdown heading: one to six <c>#</c> and a space at the start of a line.</summary>
    private static bool IsHeadingAt(string text, int i)
    {
        int hashes = 0;
        while (i + hashes < text.Length && text[i + hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && i + hashes < text.Length && text[i + hashes] == ' ';
    }

    /// <summary>The opening line (with its info string, e.g. <c>```json</c>) of a code fence left open at the end, else null.</summary>
    private static string? OpenFence(string text)
    {
        string? open = null;
        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.Trim();
            if (trimmed.StartsWith(Fence, StringComparison.Ordinal))
            {
                open = open is null ? trimmed : null;
            }
        }

        return open;
    }

    /// <summary>The part after which nothing more is sent: cut with the pointer, a code block left open closed before it.</summary>
    private static string LastPart(string reopen, string rest, string? link)
    {
        // Room for "\n```\n" before the pointer, in case the cut falls inside a code block.
        string cut = Truncation.ShortenAtBoundary(rest, MaxLength - reopen.Length - FenceClose.Length - 1, link);
        string pointer = Truncation.PointerTo(link);
        string suffix = cut.EndsWith(pointer, StringComparison.Ordinal) ? pointer : Truncation.Ellipsis;
        string body = reopen + cut[..^suffix.Length];
        return OpenFence(body) is null ? body + suffix : body + FenceClose + "\n" + suffix;
    }
}
