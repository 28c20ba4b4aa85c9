namespace ChatOpsItsm.Domain.Sla;

/// <summary>
/// The running time of an incident's SLA: it starts when the incident is reported and pauses while the
/// service desk waits on the requester. Due times move later by exactly the time spent paused.
/// </summary>
public readonly record struct SlaClock(DateTimeOffset StartedAt, TimeSpan PausedFor, DateTimeOffset? PausedSince)
{
    public bool IsPaused => PausedSince is not null;

    public static SlaClock StartAt(DateTimeOffset at) => new(at, TimeSpan.Zero, null);

    /// <summary>When <paramref name="target"/> falls due, as seen at <paramref name="now"/>: a paused clock pushes it on.</summary>
    public DateTimeOffset DueAt(TimeSpan target, DateTimeOffset now) =>
        StartedAt + target + PausedFor + (PausedSince is { } since && now > since ? now - since : TimeSpan.Zero);

    /// <summary>Time left before <paramref name="target"/> falls due; negative once breached.</summary>
    public TimeSpan Remaining(TimeSpan target, DateTimeOffset now) => DueAt(target, now) - now;

    public SlaClock Pause(DateTimeOffset at) => IsPaused ? this : this with { PausedSince = at };

    public SlaClock Resume(DateTimeOffset at) =>
        PausedSince is { } since
            ? this with { PausedFor = PausedFor + (at > since ? at - since : TimeSpan.Zero), PausedSince = null }
            : this;
}
