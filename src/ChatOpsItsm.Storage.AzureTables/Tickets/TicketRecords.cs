using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Conversations;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Tickets;

/// <summary>
/// The rows of one ticket type's partition in the tickets table (docs/storage.md §2), as every ticket store reads and
/// writes them: point reads, a record with its history in one range query, index pages, and (in the partial file
/// beside it) the one transaction of a create or a save. Thread-safe; one per store.
/// </summary>
internal sealed partial class TicketRecords
{
    /// <summary>Rows per page when reading a record with its history; a longer history takes more pages.</summary>
    public const int HistoryPageSize = 1000;

    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly Outbox _outbox;
    private readonly ILogger _logger;

    public TicketRecords(TableClient table, TicketType type, StorageResiliencePipeline pipeline, Outbox outbox, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        Type = type;
        Partition = TicketKeys.Partition(type);
        _pipeline = pipeline;
        _outbox = outbox;
        _logger = logger;
    }

    public TicketType Type { get; }

    public string Partition { get; }

    /// <exception cref="ArgumentException"><paramref name="id"/> is of another ticket type.</exception>
    public void Require(TicketId id)
    {
        if (id.Type != Type)
        {
            throw new ArgumentException($"{id} is not {Article(Type)} {Type.ToString().ToLowerInvariant()} id.", nameof(id));
        }
    }

    public Task<TableEntity?> ReadRowAsync(string rowKey, IEnumerable<string>? select, CancellationToken cancellationToken) =>
        TableReads.ReadRowAsync(_pipeline, _table, Partition, rowKey, select, cancellationToken);

    /// <summary>One point read of the record <c>t|N</c>, with the version to update it (<see cref="RecordIndexKeys.VersionOf"/>); null when there is none.</summary>
    public async Task<(TableEntity Record, RecordVersion Version)?> ReadRecordAsync(TicketId id, CancellationToken cancellationToken)
    {
        Require(id);
        TableEntity? record = await ReadRowAsync(TicketKeys.Record(id), select: null, cancellationToken);
        return record is null ? null : (record, RecordIndexKeys.VersionOf(record).ToVersion());
    }

    /// <summary>The record and its whole audit trail, oldest first, from one range query (a page per 1,000 rows); null when there is no record.</summary>
    public async Task<(TableEntity Record, IReadOnlyList<AuditEvent> History)?> ReadWithHistoryAsync(TicketId id, CancellationToken cancellationToken)
    {
        Require(id);
        KeyRange range = TicketKeys.RecordAndHistory(id);
        List<TableEntity> rows = await _pipeline.ExecuteAsync(
            async token =>
            {
                List<TableEntity> read = [];
                await foreach (TableEntity row in _table.QueryAsync<TableEntity>(Filter(range), HistoryPageSize, cancellationToken: token))
                {
                    read.Add(row);
                }

                return read;
            },
            cancellationToken);

        // Row keys sort the record first, then its events by their six-digit sequence.
        if (rows.Count == 0 || rows[0].RowKey != range.From)
        {
            return null;
        }

        return (rows[0], [.. rows.Skip(1).Select(row => AuditEventMapper.ToEvent(id, row))]);
    }

    /// <summary>One page of an index range, selecting <paramref name="select"/>; the continuation is the SDK's own, handed back unchanged.</summary>
    public Task<(IReadOnlyList<TableEntity> Rows, string? Continuation)> ReadPageAsync(
        KeyRange range, int pageSize, IReadOnlyList<string> select, string? continuationToken, CancellationToken cancellationToken) =>
        TableReads.ReadPageAsync(
            _pipeline, _table, Filter(range), pageSize, select, string.IsNullOrEmpty(continuationToken) ? null : continuationToken, cancellationToken);

    /// <summary>The highest record number above <paramref name="from"/>, from a key-only range query over records (at most <paramref name="maxPages"/> pages).</summary>
    public async Task<long> HighestRecordNumberAsync(long from, int maxPages, CancellationToken cancellationToken)
    {
        string lower = TicketKeys.Record(new TicketId(Type, from));
        KeyRange records = KeyRange.Prefix(TicketKeys.RecordPrefix);
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and RowKey gt {lower} and RowKey lt {records.To}");
        return await _pipeline.ExecuteAsync(
            async token =>
            {
                long highest = from;
                int pages = 0;
                await foreach (Page<TableEntity> page in _table.QueryAsync<TableEntity>(filter, HistoryPageSize, ["RowKey"], token).AsPages())
                {
                    foreach (TableEntity row in page.Values)
                    {
                        highest = TicketKeys.TryParseRecordNumber(row.RowKey, out long number) ? Math.Max(highest, number) : highest;
                    }

                    if (++pages == maxPages)
                    {
                        break;
                    }
                }

                return highest;
            },
            cancellationToken);
    }

    private string Filter(KeyRange range) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {range.From} and RowKey lt {range.To}");

    private static string Article(TicketType type) => type is TicketType.Incident ? "an" : "a";
}
