using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;

/// <summary>
/// Deletes the inbound ledger's expired day buckets. The query is on partition keys only
/// (<c>PartitionKey lt cutoff</c>), so every row it reads is a row to delete: it never scans live records.
/// Safe to run on several instances at once; schedule it about daily.
/// </summary>
public sealed class InboundLedgerJanitor
{
    /// <summary>The most actions one entity-group transaction may hold.</summary>
    private const int MaxBatch = 100;

    private static readonly string[] Keys = ["PartitionKey", "RowKey"];

    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly IOptions<InboundOptions> _options;
    private readonly ILogger _logger;

    internal InboundLedgerJanitor(
        ConversationTables tables, StorageResiliencePipeline pipeline, IOptions<InboundOptions> options, ILogger<InboundLedgerJanitor> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Inbound;
        _pipeline = pipeline;
        _options = options;
        _logger = logger;
    }

    /// <summary>
    /// Deletes every bucket whose whole day lies more than the window before <paramref name="now"/>, 100 rows per
    /// transaction. A batch another janitor changed meanwhile is skipped and left to the next run.
    /// </summary>
    /// <returns>How many records were deleted.</returns>
    /// <exception cref="Engine.Storage.StorageUnavailableException">Storage could not be reached.</exception>
    public async Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        string cutoff = InboundBuckets.Cutoff(now, _options.Value.Window);
        string filter = TableClient.CreateQueryFilter($"PartitionKey lt {cutoff}");
        int deleted = 0;
        string? continuation = null;
        do
        {
            (IReadOnlyList<TableEntity> rows, continuation) = await TableReads.ReadPageAsync(
                _pipeline, _table, filter, TableReads.MaxPageSize, Keys, continuation, cancellationToken);
            foreach (IGrouping<string, TableEntity> bucket in rows.GroupBy(row => row.PartitionKey, StringComparer.Ordinal))
            {
                foreach (TableEntity[] batch in bucket.Chunk(MaxBatch))
                {
                    deleted += await DeleteAsync(bucket.Key, batch, cancellationToken);
                }
            }
        }
        while (continuation is not null);

        _logger.InboundLedgerPurged(deleted, cutoff);
        return deleted;
    }

    private async Task<int> DeleteAsync(string bucket, TableEntity[] batch, CancellationToken cancellationToken)
    {
        TableTransactionAction[] actions =
            [.. batch.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All))];
        try
        {
            await _pipeline.ExecuteAsync(async token => await _table.SubmitTransactionAsync(actions, token), cancellationToken);
            return actions.Length;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Another janitor deleted some of these first (or our own attempt did, its answer lost): nothing was
            // deleted by this transaction; what is left goes on the next run.
            _logger.InboundPurgeBatchSkipped(actions.Length, bucket, exception.Status);
            return 0;
        }
    }
}
