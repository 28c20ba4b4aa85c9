namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>How long queued work stays hidden: the arithmetic of timers and retries, apart from the queue.</summary>
internal static class WorkDelay
{
    /// <summary>Work due within this much of now is carried out now rather than queued again.</summary>
    public static readonly TimeSpan DueTolerance = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a failed item is tried again.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    public static bool IsDue(DateTimeOffset notBefore, DateTimeOffset now) => notBefore <= now + DueTolerance;

    /// <summary>
    /// The visibility delay for work due at <paramref name="notBefore"/>: zero when due, else the time left capped
    /// at <paramref name="maxStep"/> (the worker that takes it early queues it again), rounded up to whole seconds
    /// because the service counts in seconds and a message must never surface before its time.
    /// </summary>
    public static TimeSpan Until(DateTimeOffset notBefore, DateTimeOffset now, TimeSpan maxStep)
    {
        TimeSpan remaining = notBefore - now;
        if (remaining <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        TimeSpan step = remaining < maxStep ? remaining : maxStep;
        return TimeSpan.FromSeconds(Math.Ceiling(step.TotalSeconds));
    }

    /// <summary>After failed attempt <paramref name="attempt"/> (1, 2, …): 2, 4, 8 … seconds, at most <see cref="MaxBackoff"/>.</summary>
    public static TimeSpan Backoff(long attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        double seconds = Math.Pow(2, Math.Min(attempt, 30));
        return seconds >= MaxBackoff.TotalSeconds ? MaxBackoff : TimeSpan.FromSeconds(seconds);
    }
}
