using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Options;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;

/// <summary>
/// <see cref="IInboundLedger"/> on the Inbound table: partition = the UTC day of the sighting
/// (<see cref="InboundBuckets"/>), row = the escaped event key, property At. Recording adds the row to today's
/// bucket (a taken key is the duplicate, decided by the service even between instances) and, at the same time,
/// point-reads the same key in the earlier buckets the window reaches. Old buckets are deleted whole by
/// <see cref="InboundLedgerJanitor"/>, never found by a scan.
/// </summary>
internal sealed class TableInboundLedger : IInboundLedger
{
    private const string At = "At";
    private static readonly string[] Select = [At, WriteIds.PropertyName];

    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly IOptions<InboundOptions> _options;

    public TableInboundLedger(ConversationTables tables, StorageResiliencePipeline pipeline, IOptions<InboundOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Inbound;
        _pipeline = pipeline;
        _options = options;
    }

    public async Task<bool> TryRecordAsync(string eventKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventKey);
        TimeSpan window = _options.Value.Window;
        string rowKey = KeyEscaper.KeyPart(eventKey);
        // All at once: the add into today's bucket first, then a read of each earlier bucket the window reaches.
        bool[] answers = await Task.WhenAll(
        [
            RecordAsync(InboundBuckets.Of(at), rowKey, at, window, cancellationToken),
            .. InboundBuckets.EarlierWithin(at, window).Select(bucket => SeenWithinAsync(bucket, rowKey, at, window, cancellationToken)),
        ]);
        return answers[0] && !answers.Skip(1).Any(seen => seen);
    }

    /// <summary>Adds the record to today's bucket; false when it is there already and still within the window.</summary>
    private async Task<bool> RecordAsync(string bucket, string rowKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        Guid writeId = Guid.NewGuid();
        TableEntity row = new(bucket, rowKey) { [At] = Utc(at), [WriteIds.PropertyName] = writeId };
        int attempts = 0;
        try
        {
            await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await _table.AddEntityAsync(row, token);
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // A first attempt refused needs no read when every record of today is within the window.
            if (attempts == 1 && InboundBuckets.WholeDaySoFarWithin(at, window))
            {
                return false;
            }

            return await SettleTakenAsync(row, writeId, attempts > 1, at, window, cancellationToken);
        }
    }

    /// <summary>
    /// Today's row exists: ours if an earlier attempt of this add landed; a duplicate if within the window;
    /// otherwise an expired record (windows shorter than a day), replaced on its ETag by this sighting.
    /// </summary>
    private async Task<bool> SettleTakenAsync(
        TableEntity row, Guid writeId, bool retried, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        TableEntity? existing = await ReadAsync(row.PartitionKey, row.RowKey, cancellationToken);
        if (retried && WriteIds.IsOurs(existing, writeId))
        {
            return true;
        }

        // Gone since the add was refused: the janitor never deletes today's bucket, so treat it as seen.
        if (existing is null || IsWithin(existing, at, window))
        {
            return false;
        }

        int attempts = 0;
        try
        {
            await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await _table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, token);
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Someone recorded the event again meanwhile, unless that someone was our own earlier attempt.
            return attempts > 1 && WriteIds.IsOurs(await ReadAsync(row.PartitionKey, row.RowKey, cancellationToken), writeId);
        }
    }

    private async Task<bool> SeenWithinAsync(string bucket, string rowKey, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        TableEntity? row = await ReadAsync(bucket, rowKey, cancellationToken);
        return row is not null && IsWithin(row, at, window);
    }

    private async Task<TableEntity?> ReadAsync(string bucket, string rowKey, CancellationToken cancellationToken) =>
        await TableReads.ReadRowAsync(_pipeline, _table, bucket, rowKey, Select, cancellationToken);

    /// <summary>A record counts for <c>window</c> after it was made; one from the future (clock skew) counts too.</summary>
    private static bool IsWithin(TableEntity row, DateTimeOffset at, TimeSpan window) => RequiredTime(row, At) > at - window;
}
