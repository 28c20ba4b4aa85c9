using Azure.Data.Tables;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tickets;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Releases;

/// <summary>
/// <see cref="IReleaseStore"/> on Azure Table Storage (docs/storage.md §15): the <c>RLS</c> partition of the tickets
/// table holds each release's record (its changes inside it), audit events, index rows and outbox rows, so a command's
/// writes commit in one entity-group transaction. Rows, transactions and ids are the shared <see cref="TicketRecords"/>
/// and <see cref="TicketIds"/>, as for incidents and changes.
/// </summary>
internal sealed class TableReleaseStore : TicketStore<Release>, IReleaseStore
{
    private static readonly TicketListing<ReleaseQuery, ReleaseSummary, ReleasePage> Listing = new(
        ReleaseIndexKeys.Listing, static query => (query.PageSize, query.ContinuationToken), ReleaseQuery.MaxPageSize,
        ReleaseIndexMapper.Properties, ReleaseIndexMapper.ToSummary, static (items, continuation) => new ReleasePage(items, continuation));

    public TableReleaseStore(StorageTables tables, StorageResiliencePipeline pipeline, Outbox outbox, ILogger<TableReleaseStore> logger)
        : base(tables, TicketType.Release, pipeline, outbox, logger)
    {
    }

    protected override Release FromRecord(TicketId id, TableEntity record) => Release.FromSnapshot(ReleaseRecordMapper.ToSnapshot(id, record));

    protected override TicketId IdOf(Release ticket) => ticket.Id;

    protected override void MarkEventsStored(Release ticket) => ticket.MarkEventsStored();

    protected override bool BelongsTo(string rowKey, TicketId id) => ReleaseIndexKeys.BelongsTo(rowKey, id);

    /// <summary>Takes the hinted number, builds the release and inserts it with its rows in one transaction; a taken number tries the next.</summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public Task<Release> CreateAsync(
        Func<TicketId, Release> build, Func<Release, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        return CreateTicketAsync(build, outbound, cancellationToken);
    }

    /// <summary>One point read of the record; the version is its ETag and its index rows.</summary>
    public async Task<StoredRelease?> GetAsync(TicketId id, CancellationToken cancellationToken) =>
        await ReadAsync(id, static (release, version) => new StoredRelease(release, version), cancellationToken);

    /// <summary>One range query: the record and every event below it, oldest first.</summary>
    public async Task<ReleaseWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken) =>
        await ReadWithHistoryAsync(id, static (release, history) => new ReleaseWithHistory(release, history), cancellationToken);

    /// <summary>One transaction: the record on the ETag read, the new events, the index rows moved, the outbox rows; a changed record is a <see cref="SaveOutcome.Conflict"/>.</summary>
    /// <exception cref="ArgumentException">The version names a row that is not an index row of this release.</exception>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public async Task<SaveOutcome> SaveAsync(
        Release release, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        return await SaveTicketAsync(release, nameof(release), version, outbound, cancellationToken);
    }

    /// <summary>One page of one index: a single range query on row keys in the release partition.</summary>
    /// <exception cref="ArgumentException">A holding-change listing without a change id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    public async Task<ReleasePage> ListAsync(ReleaseQuery query, CancellationToken cancellationToken)
    {
        return await ListTicketsAsync(query, Listing, cancellationToken);
    }

    protected override TicketWrite WriteOf(Release release)
    {
        ReleaseSnapshot snapshot = release.ToSnapshot();
        IReadOnlyList<string> indexKeys = ReleaseIndexKeys.For(snapshot);
        string partition = Partition;
        return new TicketWrite(
            snapshot.Id,
            indexKeys,
            writeId => ReleaseRecordMapper.ToEntity(partition, snapshot, indexKeys, writeId),
            key => ReleaseIndexMapper.ToEntity(partition, key, snapshot),
            [.. release.PendingEvents]);
    }
}
