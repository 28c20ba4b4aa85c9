namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// Counts 401, 403 and non-shared 429 answers over a sliding window (brief §7: 10,000 in 10 minutes per IP bans the
/// IP at Cloudflare). The count is per process; instances behind one IP share the budget, so the warning comes early.
/// </summary>
internal sealed class InvalidRequestCounter(TimeProvider timeProvider, TimeSpan window, int warningStep)
{
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _answers = new();

    /// <summary>Counts one invalid answer; returns the count in the window when it has just reached a multiple of the warning step, else null.</summary>
    public int? Add()
    {
        lock (_lock)
        {
            DateTimeOffset now = timeProvider.GetUtcNow();
            while (_answers.Count > 0 && _answers.Peek() <= now - window)
            {
                _answers.Dequeue();
            }

            _answers.Enqueue(now);
            return _answers.Count % warningStep == 0 ? _answers.Count : null;
        }
    }
}
