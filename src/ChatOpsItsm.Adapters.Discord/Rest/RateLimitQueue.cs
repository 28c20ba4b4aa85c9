namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// The queue of one rate-limit bucket (route or learned bucket + major parameter): one request at a time, in order,
/// and what Discord last said about the bucket. The state is read and written only by the request holding the gate.
/// </summary>
internal sealed class RateLimitQueue : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public int? Remaining { get; private set; }

    public DateTimeOffset ResetAt { get; private set; } = DateTimeOffset.MinValue;

    public DateTimeOffset LastUsed { get; private set; }

    public bool IsIdle => _gate.CurrentCount == 1;

    /// <summary>Waits for the turn of this request (SemaphoreSlim serves async waiters first come, first served).</summary>
    public async Task EnterAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        LastUsed = now;
    }

    public void Exit() => _gate.Release();

    public void Dispose() => _gate.Dispose();

    /// <summary>How long to wait before the next request: until the reset when the bucket is empty, else zero.</summary>
    public TimeSpan WaitBefore(DateTimeOffset now) => Remaining == 0 && ResetAt > now ? ResetAt - now : TimeSpan.Zero;

    public void Update(int? remaining, TimeSpan? resetAfter, DateTimeOffset now)
    {
        if (remaining is not null)
        {
            Remaining = remaining;
        }

        if (resetAfter is { } after)
        {
            ResetAt = now + after;
        }
    }

    /// <summary>A 429 on this bucket: nothing goes out before <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter, DateTimeOffset now)
    {
        Remaining = 0;
        ResetAt = now + retryAfter;
    }
}
