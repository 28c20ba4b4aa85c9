using Azure.Data.Tables;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tickets;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Incidents;

/// <summary>
/// <see cref="IIncidentStore"/> on Azure Table Storage (docs/storage.md). Everything about one incident type lives in
/// one partition of the tickets table, so a command's writes (outbox rows included) commit in one entity-group
/// transaction and a listing is one range query. The rows, the transactions and the ids are the shared
/// <see cref="TicketRecords"/> and <see cref="TicketIds"/>; this class maps incidents onto them (see <see cref="TicketStore{TTicket}"/>). Listing is in the partial file beside it.
/// </summary>
internal sealed partial class TableIncidentStore : TicketStore<Incident>, IIncidentStore
{
    public TableIncidentStore(StorageTables tables, StorageResiliencePipeline pipeline, Outbox outbox, ILogger<TableIncidentStore> logger)
        : base(tables, TicketType.Incident, pipeline, outbox, logger)
    {
    }

    protected override Incident FromRecord(TicketId id, TableEntity record) => Incident.FromSnapshot(IncidentRecordMapper.ToSnapshot(id, record));

    protected override TicketId IdOf(Incident ticket) => ticket.Id;

    protected override void MarkEventsStored(Incident ticket) => ticket.MarkEventsStored();

    protected override bool BelongsTo(string rowKey, TicketId id) => IncidentIndexKeys.BelongsTo(rowKey, id);

    /// <summary>
    /// Takes the hinted number, builds the incident and inserts it with its events, index rows, outbox rows and the
    /// new high-water mark in one transaction, then queues one flush of the outbox. A taken number fails the insert of
    /// the record (409); the next number is tried. Typically one transaction and one queue put; the first create of an
    /// instance also reads the high-water mark.
    /// </summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public Task<Incident> CreateAsync(
        Func<TicketId, Incident> build, Func<Incident, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        return CreateTicketAsync(build, outbound, cancellationToken);
    }

    public async Task<StoredIncident?> GetAsync(TicketId id, CancellationToken cancellationToken) =>
        await ReadAsync(id, static (incident, version) => new StoredIncident(incident, version), cancellationToken);

    public async Task<IncidentWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken) =>
        await ReadWithHistoryAsync(id, static (incident, history) => new IncidentWithHistory(incident, history), cancellationToken);

    /// <summary>
    /// One transaction (see <see cref="TicketRecords.SaveAsync"/>): the record on the ETag read, the new events, the
    /// index rows moved, the outbox rows; then one flush. A changed record writes nothing: <see cref="SaveOutcome.Conflict"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The version names a row that is not an index row of this incident.</exception>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public async Task<SaveOutcome> SaveAsync(
        Incident incident, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        return await SaveTicketAsync(incident, nameof(incident), version, outbound, cancellationToken);
    }

    protected override TicketWrite WriteOf(Incident incident)
    {
        IncidentSnapshot snapshot = incident.ToSnapshot();
        IReadOnlyList<string> indexKeys = IncidentIndexKeys.For(snapshot);
        return new TicketWrite(
            snapshot.Id,
            indexKeys,
            writeId => IncidentRecordMapper.ToEntity(Partition, snapshot, indexKeys, writeId),
            key => IncidentIndexMapper.ToEntity(Partition, key, snapshot),
            [.. incident.PendingEvents]);
    }
}
