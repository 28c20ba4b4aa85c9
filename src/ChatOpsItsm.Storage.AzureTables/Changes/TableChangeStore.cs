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
internal sealed class TableChangeStore : IChangeStore, IDisposable
{
    private readonly TicketRecords _records;
    private readonly TicketIds _ids;

    public TableChangeStore(StorageTables tables, StorageResiliencePipeline pipeline, Outbox outbox, ILogger<TableChangeStore> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _records = new TicketRecords(tables.Tickets, TicketType.Change, pipeline, outbox, logger);
        _ids = new TicketIds(_records, logger);
    }

    /// <summary>
    /// Takes the hinted number, builds the change and inserts it with its events, index rows, outbox rows and the new
    /// high-water mark in one transaction, then queues one flush; a taken number (409 on the record) tries the next.
    /// </summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public Task<Change> CreateAsync(
        Func<TicketId, Change> build, Func<Change, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(outbound);
        return _ids.CreateAsync<Change>(
            async (id, token) =>
            {
                Change change = build(id);
                if (change.Id != id)
                {
                    throw new InvalidOperationException($"Asked to build {id}, the callback built {change.Id}.");
                }

                bool stored = await _records.TryCreateAsync(WriteOf(change), outbound(change), token);
                return stored ? Stored(change) : null;
            },
            cancellationToken);
    }

    /// <summary>One point read of the record; the version is its ETag and its index rows.</summary>
    public async Task<StoredChange?> GetAsync(TicketId id, CancellationToken cancellationToken) =>
        await _records.ReadRecordAsync(id, cancellationToken) is { } read
            ? new StoredChange(Change.FromSnapshot(ChangeRecordMapper.ToSnapshot(id, read.Record)), read.Version)
            : null;

    /// <summary>One range query: the record and every event below it (votes and decisions included), oldest first.</summary>
    public async Task<ChangeWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken) =>
        await _records.ReadWithHistoryAsync(id, cancellationToken) is { } read
            ? new ChangeWithHistory(Change.FromSnapshot(ChangeRecordMapper.ToSnapshot(id, read.Record)), read.History)
            : null;

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
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(outbound);
        SaveOutcome outcome = await _records.SaveAsync(WriteOf(change), version, ChangeIndexKeys.BelongsTo, outbound, cancellationToken);
        if (outcome == SaveOutcome.Saved)
        {
            change.MarkEventsStored();
        }

        return outcome;
    }

    /// <summary>One page of one index: a single range query on row keys in the change partition.</summary>
    /// <exception cref="ArgumentException">The query lacks the state, person or service its kind needs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    public async Task<ChangePage> ListAsync(ChangeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        KeyRange range = ChangeIndexKeys.Listing(query);
        (IReadOnlyList<TableEntity> rows, string? continuation) = await _records.ReadPageAsync(
            range, Math.Min(query.PageSize, ChangeQuery.MaxPageSize), ChangeIndexMapper.Properties, query.ContinuationToken, cancellationToken);
        return new ChangePage([.. rows.Select(ChangeIndexMapper.ToSummary)], continuation);
    }

    public void Dispose() => _ids.Dispose();

    private static Change Stored(Change change)
    {
        change.MarkEventsStored();
        return change;
    }

    private TicketWrite WriteOf(Change change)
    {
        ChangeSnapshot snapshot = change.ToSnapshot();
        IReadOnlyList<string> indexKeys = ChangeIndexKeys.For(snapshot);
        string partition = _records.Partition;
        return new TicketWrite(
            snapshot.Id,
            indexKeys,
            writeId => ChangeRecordMapper.ToEntity(partition, snapshot, indexKeys, writeId),
            key => ChangeIndexMapper.ToEntity(partition, key, snapshot),
            [.. change.PendingEvents]);
    }
}
