using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary><see cref="IWorkScheduler"/>: one work message straight on the queue, hidden until due (in steps).</summary>
internal sealed class QueueWorkScheduler : IWorkScheduler
{
    private readonly WorkQueue _queue;

    public QueueWorkScheduler(WorkQueue queue)
    {
        _queue = queue;
    }

    /// <exception cref="InvalidOperationException">The item is too large for a queue message.</exception>
    public async Task ScheduleAsync(OutboundWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _queue.SendAsync(WorkMapper.ToJson(work), cancellationToken);
    }
}
