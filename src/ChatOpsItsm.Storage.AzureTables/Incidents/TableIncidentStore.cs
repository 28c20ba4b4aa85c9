using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>
/// <see cref="IIncidentStore"/> on Azure Table Storage (docs/storage.md). Everything about one incident type lives in
/// one partition of the tickets table, so a command's writes (outbox rows included) commit in one entity-group
/// transaction and a listing is one range query. Reads are in this file; creating, saving and listing in the partial files beside it.
/// </summary>
internal sealed partial class TableIncidentStore : IIncidentStore, IDisposable
{
    /// <summary>An entity-group transaction holds at most 100 actions.</summary>
    private const int MaxTransactionActions = 100;

    /// <summary>Rows per page when reading a record with its history; a longer history takes more pages.</summary>
    private const int HistoryPageSize = 1000;

    private static readonly string Partition = TicketKeys.Partition(TicketType.Incident);

    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly Outbox _outbox;
    private readonly ILogger _logger;
    private readonly IncidentIdHint _hint = new();

    public TableIncidentStore(StorageTables tables, StorageResiliencePipeline pipeline, Outbox outbox, ILogger<TableIncidentStore> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Tickets;
        _pipeline = pipeline;
        _outbox = outbox;
        _logger = logger;
    }

    public async Task<StoredIncident?> GetAsync(TicketId id, CancellationToken cancellationToken)
    {
        RequireIncident(id);
        TableEntity? record = await ReadRowAsync(TicketKeys.Record(id), select: null, cancellationToken);
        if (record is null)
        {
            return null;
        }

        Incident incident = Incident.FromSnapshot(IncidentRecordMapper.ToSnapshot(id, record));
        IncidentVersionToken version = new(record.ETag, IncidentRecordMapper.IndexKeysOf(record));
        return new StoredIncident(incident, version.ToVersion());
    }

    public async Task<IncidentWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken)
    {
        RequireIncident(id);
        KeyRange range = TicketKeys.RecordAndHistory(id);
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and RowKey ge {range.From} and RowKey lt {range.To}");
        List<TableEntity> rows = await _pipeline.ExecuteAsync(
            async token =>
            {
                List<TableEntity> read = [];
                await foreach (TableEntity row in _table.QueryAsync<TableEntity>(filter, HistoryPageSize, cancellationToken: token))
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

        Incident incident = Incident.FromSnapshot(IncidentRecordMapper.ToSnapshot(id, rows[0]));
        List<AuditEvent> history = [.. rows.Skip(1).Select(row => AuditEventMapper.ToEvent(id, row))];
        return new IncidentWithHistory(incident, history);
    }

    public void Dispose() => _hint.Dispose();

    private static void RequireIncident(TicketId id)
    {
        if (id.Type != TicketType.Incident)
        {
            throw new ArgumentException($"{id} is not an incident id.", nameof(id));
        }
    }

    private async Task<TableEntity?> ReadRowAsync(string rowKey, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> response = await _pipeline.ExecuteAsync(
            async token => await _table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, select, token),
            cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task SubmitAsync(List<TableTransactionAction> actions, Action onAttempt, CancellationToken cancellationToken)
    {
        if (actions.Count > MaxTransactionActions)
        {
            throw new InvalidOperationException(
                $"One command produced {actions.Count} writes (record, events, index and outbox rows); a transaction holds at most {MaxTransactionActions}.");
        }

        await _pipeline.ExecuteAsync(
            async token =>
            {
                onAttempt();
                return await _table.SubmitTransactionAsync(actions, token);
            },
            cancellationToken);
    }

    /// <summary>Whether the record now carries <paramref name="writeId"/>: an earlier attempt of this same write landed.</summary>
    private async Task<bool> IsOurWriteAsync(TicketId id, Guid writeId, CancellationToken cancellationToken)
    {
        TableEntity? record = await ReadRowAsync(TicketKeys.Record(id), [WriteIds.PropertyName], cancellationToken);
        if (!WriteIds.IsOurs(record, writeId))
        {
            return false;
        }

        _logger.RetriedWriteAlreadyApplied(id.ToString());
        return true;
    }
}
