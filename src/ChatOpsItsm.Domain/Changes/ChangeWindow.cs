using System.Globalization;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// A span of time from <see cref="Start"/> up to, not including, <see cref="End"/>. Two windows overlap when
/// they share an instant, so windows that only touch (one ends as the other starts) do not overlap: a change
/// may be planned to start the moment a freeze or another change ends.
/// </summary>
public readonly record struct ChangeWindow
{
    public ChangeWindow(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"The window must end after it starts ({Format(start)} to {Format(end)}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public TimeSpan Duration => End - Start;

    /// <summary>An instant as messages show it: <c>2026-01-05 09:00 UTC</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public bool Overlaps(ChangeWindow other) => Start < other.End && other.Start < End;

    public override string ToString() => $"{Format(Start)} to {Format(End)}";
}
