namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// What limits every bot-token request at once (brief §7): 50 requests in any second, and the pause a global 429
/// imposes. Interaction webhook routes are exempt and never come here.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider timeProvider, int requestsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _sent = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits out a global pause and the per-second limit, then takes one request's place in the second.</summary>
    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait = TryTake();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    /// <summary>A global 429: every bot-token request waits until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            DateTimeOffset until = timeProvider.GetUtcNow() + retryAfter;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    private TimeSpan TryTake()
    {
        lock (_lock)
        {
            DateTimeOffset now = timeProvider.GetUtcNow();
            if (now < _pausedUntil)
            {
                return _pausedUntil - now;
            }

            while (_sent.Count > 0 && _sent.Peek() <= now - Window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < requestsPerSecond)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return _sent.Peek() + Window - now;
        }
    }
}
