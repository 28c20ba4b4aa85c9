using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// Interactions acknowledged before the engine finished, whose answers are still on their way to the delivery queue.
/// The Host drains them on shutdown so an answer is not lost with the process; a failure is logged, never thrown.
/// </summary>
internal sealed class PendingInteractions(ILogger<PendingInteractions> logger) : IDisposable
{
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private readonly CancellationTokenSource _stopping = new();
    private long _lastKey;

    /// <summary>Cancelled when the Host stops waiting for the pending work at shutdown.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public int Count => _running.Count;

    public void Track(string interactionId, Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        long key = Interlocked.Increment(ref _lastKey);
        Task observed = ObserveAsync(key, interactionId, work);
        _running[key] = observed;
        if (observed.IsCompleted)
        {
            // It finished before it was added, so its own removal found nothing.
            _running.TryRemove(key, out _);
        }
    }

    /// <summary>Waits until nothing is pending; when <paramref name="cancellationToken"/> fires, stops the rest and logs how many.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!_running.IsEmpty)
            {
                await Task.WhenAll(_running.Values).WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.PendingInteractionsAbandoned(_running.Count);
            await _stopping.CancelAsync();
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task ObserveAsync(long key, string interactionId, Task work)
    {
        try
        {
            await work;
        }
        catch (Exception exception)
        {
            // Background work has no caller to throw to: the log is where it ends.
            logger.LateAnswerFailed(exception, interactionId);
        }
        finally
        {
            _running.TryRemove(key, out _);
        }
    }
}
