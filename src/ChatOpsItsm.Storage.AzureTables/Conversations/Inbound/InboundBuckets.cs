using System.Globalization;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;

/// <summary>
/// The ledger's partitions: the UTC day an event was recorded, <c>yyyyMMdd</c>, so keys sort like dates and a
/// whole day expires as one partition.
/// </summary>
internal static class InboundBuckets
{
    private const string Format = "yyyyMMdd";

    public static string Of(DateTimeOffset at) => Day(at.UtcDateTime.Date);

    /// <summary>
    /// The buckets before <paramref name="at"/>'s own that can still hold a record younger than
    /// <paramref name="window"/>: every day from the one holding <c>at − window</c> to yesterday, newest first.
    /// A 24-hour window reaches one day back, a 7-day window seven.
    /// </summary>
    public static IReadOnlyList<string> EarlierWithin(DateTimeOffset at, TimeSpan window)
    {
        DateTime oldest = (at - window).UtcDateTime.Date;
        List<string> buckets = [];
        for (DateTime day = at.UtcDateTime.Date.AddDays(-1); day >= oldest; day = day.AddDays(-1))
        {
            buckets.Add(Day(day));
        }

        return buckets;
    }

    /// <summary>
    /// Whether every record in <paramref name="at"/>'s own bucket is necessarily younger than the window: true
    /// whenever the window is at least the time since midnight (always, for windows of a day or more).
    /// </summary>
    public static bool WholeDaySoFarWithin(DateTimeOffset at, TimeSpan window) => at.UtcDateTime.TimeOfDay < window;

    /// <summary>
    /// The oldest bucket that can still hold a live record at <paramref name="now"/>: the one holding
    /// <c>now − window</c>. Every bucket before it holds only expired records.
    /// </summary>
    public static string Cutoff(DateTimeOffset now, TimeSpan window) => Of(now - window);

    private static string Day(DateTime day) => day.ToString(Format, CultureInfo.InvariantCulture);
}
