using Azure.Storage.Queues.Models;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>
/// Turns a flush into work: each item becomes its own message (hidden until due, in steps), then the outbox rows
/// are deleted, then the flush. Stopping anywhere in between repeats work that is idempotent by id, never loses it.
/// </summary>
internal sealed class FlushForwarder
{
    private readonly WorkQueue _queue;
    private readonly Outbox _outbox;
    private readonly ILogger _logger;

    public FlushForwarder(WorkQueue queue, Outbox outbox, ILogger<FlushForwarder> logger)
    {
        _queue = queue;
        _outbox = outbox;
        _logger = logger;
    }

    public async Task ForwardAsync(QueueMessage message, string partition, IReadOnlyList<WorkJson> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        await Task.WhenAll(items.Select(item => _queue.SendAsync(item, cancellationToken)));
        await _outbox.DeleteAsync(partition, items, cancellationToken);
        await _queue.DeleteAsync(message, cancellationToken);
        _logger.FlushForwarded(items.Count, partition);
    }
}
