using System.Globalization;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// Reads a planned time as people type it: ISO 8601 with a date and a time to the minute or second, <c>T</c> or a space
/// between them, and an optional offset (<c>Z</c>, <c>+01:00</c>); without one it is taken as UTC.
/// </summary>
public static class ChangeDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK",
    ];

    public static bool TryParse(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(
            (text ?? "").Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
}
