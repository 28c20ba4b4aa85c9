using System.Globalization;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>Says where an SLA target stands in words: met, due in, overdue by, paused.</summary>
public static class SlaText
{
    public static string Describe(DateTimeOffset due, DateTimeOffset? metAt, bool paused, DateTimeOffset now)
    {
        if (metAt is { } met)
        {
            return met <= due ? $"met {Stamp(met)}" : $"missed by {Span(met - due)} ({Stamp(met)})";
        }

        TimeSpan left = due - now;
        string when = left >= TimeSpan.Zero ? $"due in {Span(left)} ({Stamp(due)})" : $"overdue by {Span(-left)} ({Stamp(due)})";
        return paused ? $"paused, {Span(left < TimeSpan.Zero ? TimeSpan.Zero : left)} left" : when;
    }

    public static string Stamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Span(TimeSpan span)
    {
        if (span.TotalMinutes < 1)
        {
            return "under a minute";
        }

        if (span.TotalHours < 1)
        {
            return $"{(int)span.TotalMinutes} min";
        }

        return span.TotalDays < 2
            ? $"{(int)span.TotalHours} h {span.Minutes} min"
            : $"{(int)span.TotalDays} d {span.Hours} h";
    }
}
