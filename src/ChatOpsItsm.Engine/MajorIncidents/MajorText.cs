using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Cuts what people typed (titles, names, updates) to the room a card or a message has, so the adapters never have to
/// drop a part of a major incident's card; a cut never splits a surrogate pair and ends with an ellipsis.
/// </summary>
internal static class MajorText
{
    private const string Ellipsis = "…";

    /// <summary><paramref name="text"/> as one line of at most <paramref name="max"/> characters.</summary>
    public static string Line(string? text, int max) => Shorten(TextRules.SingleLine(text), max);

    /// <summary><paramref name="text"/> (line breaks kept) in at most <paramref name="max"/> characters.</summary>
    public static string Shorten(string? text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        string value = text ?? "";
        if (value.Length <= max)
        {
            return value;
        }

        int cut = max - Ellipsis.Length;
        if (char.IsHighSurrogate(value[cut - 1]))
        {
            cut--;
        }

        return value[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// As many of <paramref name="items"/> as fit in <paramref name="max"/> characters joined by <paramref name="separator"/>,
    /// then "and N more" for the rest.
    /// </summary>
    public static string List(IReadOnlyList<string> items, int max, string separator = ", ")
    {
        ArgumentNullException.ThrowIfNull(items);
        string all = string.Join(separator, items);
        if (all.Length <= max)
        {
            return all;
        }

        for (int shown = items.Count - 1; shown > 0; shown--)
        {
            string text = $"{string.Join(separator, items.Take(shown))} and {items.Count - shown} more";
            if (text.Length <= max)
            {
                return text;
            }
        }

        return Shorten(all, max);
    }
}
