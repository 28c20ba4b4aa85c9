namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>Shortens text to Discord's limits without splitting a character, and says where the full text is.</summary>
internal static class Truncation
{
    public const string Ellipsis = "…";

    /// <summary>The text cut to at most <paramref name="maxLength"/> characters, ending in "…" when cut.</summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        return Keep(text, maxLength - Ellipsis.Length).TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// The text cut to at most <paramref name="maxLength"/> characters at a paragraph, line or word end when one lies in
    /// the last half, followed by "…" and, when there is a link, "full ticket: link" so the reader can get the rest.
    /// </summary>
    public static string ShortenAtBoundary(string text, int maxLength, string? link)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        string suffix = PointerTo(link);
        int room = maxLength - suffix.Length;
        if (room <= 0)
        {
            // No room for the link: a bare ellipsis still says the text goes on.
            return Shorten(text, maxLength);
        }

        string kept = Keep(text, room);
        int boundary = LastBoundary(kept);
        if (boundary >= room / 2)
        {
            kept = kept[..boundary];
        }

        return kept.TrimEnd() + suffix;
    }

    /// <summary>What ends a cut text: "…", and "full ticket: link" when there is a link to the rest.</summary>
    public static string PointerTo(string? link) => link is null ? Ellipsis : $"{Ellipsis} full ticket: {link}";

    /// <summary>The first <paramref name="length"/> characters, one fewer when the last would be half an emoji.</summary>
    private static string Keep(string text, int length)
    {
        int keep = Math.Clamp(length, 0, text.Length);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep];
    }

    private static int LastBoundary(string text)
    {
        int paragraph = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (paragraph > 0)
        {
            return paragraph;
        }

        int line = text.LastIndexOf('\n');
        return line > 0 ? line : text.LastIndexOf(' ');
    }
}
