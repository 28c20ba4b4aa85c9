using Azure;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>
/// Queues outbox rows whose flush never arrived: the process died between the ticket write and the queue put, or the
/// queue was down. Reads each ticket partition's <c>o|</c> range (never a table scan) for rows last queued more than
/// <c>Delivery:SweepAfter</c> ago, sends them as flushes and stamps them, so one row is queued again at most once per
/// <c>SweepAfter</c>. Several instances may sweep at once: a duplicate is harmless, delivery is idempotent by work id.
/// </summary>
/// <remarks>The host calls <see cref="SweepAsync"/> every <c>Delivery:SweepAfter</c> or so.</remarks>
public sealed class OutboxSweeper
{
    private readonly Outbox _outbox;
    private readonly WorkQueue _queue;
    private readonly TimeSpan _sweepAfter;
    private readonly ILogger _logger;

    internal OutboxSweeper(Outbox outbox, WorkQueue queue, IOptions<DeliveryOptions> options, ILogger<OutboxSweeper> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _outbox = outbox;
        _queue = queue;
        _sweepAfter = options.Value.SweepAfter;
        _logger = logger;
    }

    /// <returns>How many outbox items were queued again; 0 when storage could not be reached (logged).</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        int swept = 0;
        foreach (string partition in OutboxKeys.Partitions)
        {
            try
            {
                swept += await SweepPartitionAsync(partition, cancellationToken);
            }
            catch (Exception exception) when (exception is StorageUnavailableException or RequestFailedException)
            {
                _logger.SweepFailed(partition, TransientFaults.Describe(exception));
            }
        }

        return swept;
    }

    private async Task<int> SweepPartitionAsync(string partition, CancellationToken cancellationToken)
    {
        DateTimeOffset now = _queue.Now;
        List<OutboxRow> rows = await _outbox.ReadQueuedBeforeAsync(partition, now - _sweepAfter, cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        await _queue.SendFlushAsync(partition, [.. rows.Select(row => row.Work)], cancellationToken);
        foreach (OutboxRow row in rows)
        {
            await _outbox.StampQueuedAsync(partition, row, now, cancellationToken);
        }

        _logger.OutboxSwept(rows.Count, partition);
        return rows.Count;
    }
}
