using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>
/// The outbox rows of the tickets table (docs/storage.md): written in a command's transaction, announced with one
/// flush message after it commits, deleted once the flush was forwarded, and read back by the sweeper when the
/// announcement never arrived.
/// </summary>
internal sealed class Outbox
{
    public const string Kind = "Kind";
    public const string Payload = "Payload";
    public const string CreatedAt = "CreatedAt";

    /// <summary>When the row was last announced on the queue: at the commit, then by each sweep.</summary>
    public const string QueuedAt = "QueuedAt";

    /// <summary>Rows per page of a sweep and per transaction of deletes (a transaction holds at most 100 actions).</summary>
    private const int PageSize = 100;

    private readonly TableClient _table;
    private readonly WorkQueue _queue;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    public Outbox(StorageTables tables, WorkQueue queue, StorageResiliencePipeline pipeline, ILogger<Outbox> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Tickets;
        _queue = queue;
        _pipeline = pipeline;
        _logger = logger;
    }

    /// <summary>
    /// One <c>UpsertReplace</c> per work item (the same id twice is one row: the same promise), to add to the
    /// command's transaction. Upsert, not add: a command may promise again what an earlier one promised.
    /// </summary>
    /// <exception cref="InvalidOperationException">An item is too large for a row and a message.</exception>
    public OutboxWrite Prepare(string partition, IReadOnlyList<OutboundWork> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        DateTimeOffset now = _queue.Now;
        List<WorkJson> items = [.. work.DistinctBy(item => item.WorkId, StringComparer.Ordinal).Select(WorkMapper.ToJson)];
        List<TableTransactionAction> actions = [.. items.Select(item => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            new TableEntity(partition, OutboxKeys.Row(item.Id))
            {
                [Kind] = item.Kind,
                [Payload] = WorkQueue.Payload(item),
                [CreatedAt] = now,
                [QueuedAt] = now,
            }))];
        return new OutboxWrite(partition, items, actions);
    }

    /// <summary>
    /// After the commit: one flush message for the command's items. The outbox rows are the promise, so a failed
    /// put does not fail the command: it is logged and the sweeper queues the rows later.
    /// </summary>
    public async Task AnnounceAsync(OutboxWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (write.Items.Count == 0)
        {
            return;
        }

        try
        {
            await _queue.SendFlushAsync(write.Partition, write.Items, cancellationToken);
        }
        catch (Exception exception) when (exception is StorageUnavailableException or RequestFailedException or OperationCanceledException)
        {
            _logger.OutboxNotQueued(write.Items.Count, write.Partition, TransientFaults.Describe(exception));
        }
    }

    /// <summary>Deletes the rows of forwarded items: one transaction per 100; rows already gone are fine.</summary>
    public async Task DeleteAsync(string partition, IReadOnlyList<WorkJson> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (string[] keys in items.Select(item => OutboxKeys.Row(item.Id)).Distinct(StringComparer.Ordinal).Chunk(PageSize))
        {
            try
            {
                await _pipeline.ExecuteAsync(
                    async token => await _table.SubmitTransactionAsync(
                        keys.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, key), ETag.All)),
                        token),
                    cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // Some row is gone already (a duplicate flush got there first); a lone delete does not mind.
                foreach (string key in keys)
                {
                    await _pipeline.ExecuteAsync(
                        async token => await _table.DeleteEntityAsync(partition, key, ETag.All, token), cancellationToken);
                }
            }
        }
    }

    /// <summary>The rows of <paramref name="partition"/> last queued before <paramref name="cutoff"/>: one range query per page.</summary>
    public async Task<List<OutboxRow>> ReadQueuedBeforeAsync(string partition, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {OutboxKeys.All.From} and RowKey lt {OutboxKeys.All.To} and QueuedAt lt {cutoff}");
        return await _pipeline.ExecuteAsync(
            async token =>
            {
                List<OutboxRow> rows = [];
                await foreach (TableEntity row in _table.QueryAsync<TableEntity>(filter, PageSize, ["RowKey", Payload], token))
                {
                    rows.Add(new OutboxRow(row.RowKey, ReadPayload(row), row.ETag));
                }

                return rows;
            },
            cancellationToken);
    }

    /// <summary>Records that a row was queued again, unless it changed or went since it was read.</summary>
    public async Task StampQueuedAsync(string partition, OutboxRow row, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        try
        {
            await _pipeline.ExecuteAsync(
                async token => await _table.UpdateEntityAsync(
                    new TableEntity(partition, row.RowKey) { [QueuedAt] = at }, row.ETag, TableUpdateMode.Merge, token),
                cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Forwarded and deleted meanwhile, or promised again by a newer command whose own flush covers it.
        }
    }

    private static WorkJson ReadPayload(TableEntity row) =>
        JsonSerializer.Deserialize(EntityProperties.RequiredString(row, Payload), DeliveryJsonContext.Default.WorkJson)
            ?? throw new InvalidDataException($"Row '{row.RowKey}' has no valid '{Payload}' property.");
}
