using Azure.Data.Tables;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tickets;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Changes;

/// <summary>
/// <see cref="IChangeStore"/> on Azure Table Storage (docs/storage.md §14): the <c>CHG</c> partition of the tickets
/// table holds each change's record (its vote inside it), audit events, index rows and outbox rows, so a command's
/// writes commit in one entity-group transaction, and a vote race is decided by the record's ETag. Rows, transactions
/// and ids are the shared <see cref="TicketRecords"/> and <see cref="TicketIds"/>, as for incidents.
/// </summary>
internal sealed class TableChangeStore : TicketStore<Change>, IChangeStore
{
    private static readonly TicketListing<ChangeQuery, ChangeSummary, ChangePage> Listing = new(
        ChangeIndexKeys.Listing, static query => (query.PageSize, query.ContinuationToken), ChangeQuery.MaxPageSize,
        ChangeIndexMapper.Properties, ChangeIndexMapper.ToSummary, static (items, continuation) => new ChangePage(items, continuation));

    public TableChangeStore(StorageTables tables, StorageResiliencePipeline pipeline, Outbox outbox, ILogger<TableChangeStore> logger)
        : base(tables, TicketType.Change, pipeline, outbox, logger)
    {
    }

    protected override Change FromRecord(TicketId id, TableEntity record) => Change.FromSnapshot(ChangeRecordMapper.ToSnapshot(id, record));

    protected override TicketId IdOf(Change ticket) => ticket.Id;

    protected override void MarkEventsStored(Change ticket) => ticket.MarkEventsStored();

    protected override bool BelongsTo(string rowKey, TicketId id) => ChangeIndexKeys.BelongsTo(rowKey, id);

    /// <summary>
    /// Takes the hinted number, builds the change and inserts it with its events, index rows, outbox rows and the new
    /// high-water mark in one transaction, then queues one flush; a taken number (409 on the record) tries the next.
    /// </summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public Task<Change> CreateAsync(
        Func<TicketId, Change> build, Func<Change, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        return CreateTicketAsync(build, outbound, cancellationToken);
    }

    /// <summary>One point read of the record; the version is its ETag and its index rows.</summary>
    public async Task<StoredChange?> GetAsync(TicketId id, CancellationToken cancellationToken) =>
        await ReadAsync(id, static (change, version) => new StoredChange(change, version), cancellationToken);

    /// <summary>One range query: the record and every event below it (votes and decisions included), oldest first.</summary>
    public async Task<ChangeWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken) =>
        await ReadWithHistoryAsync(id, static (change, history) => new ChangeWithHistory(change, history), cancellationToken);

    /// <summary>
    /// One transaction (see <see cref="TicketRecords.SaveAsync"/>): the record (with its vote) on the ETag read, the
    /// new events, the index rows moved to the new state, service and window, the outbox rows; then one flush. A
    /// changed record writes nothing and is a <see cref="SaveOutcome.Conflict"/>: read again and re-apply.
    /// </summary>
    /// <exception cref="ArgumentException">The version names a row that is not an index row of this change.</exception>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public async Task<SaveOutcome> SaveAsync(
        Change change, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        return await SaveTicketAsync(change, nameof(change), version, outbound, cancellationToken);
    }

    /// <summary>One page of one index: a single range query on row keys in the change partition.</summary>
    /// <exception cref="ArgumentException">The query lacks the state, person or service its kind needs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    public async Task<ChangePage> ListAsync(ChangeQuery query, CancellationToken cancellationToken)
    {
        return await ListTicketsAsync(query, Listing, cancellationToken);
    }

    protected override TicketWrite WriteOf(Change change)
    {
        ChangeSnapshot snapshot = change.ToSnapshot();
        IReadOnlyList<string> indexKeys = ChangeIndexKeys.For(snapshot);
        string partition = Partition;
        return new TicketWrite(
            snapshot.Id,
            indexKeys,
            writeId => ChangeRecordMapper.ToEntity(partition, snapshot, indexKeys, writeId),
            key => ChangeIndexMapper.ToEntity(partition, key, snapshot),
            [.. change.PendingEvents]);
    }
}
