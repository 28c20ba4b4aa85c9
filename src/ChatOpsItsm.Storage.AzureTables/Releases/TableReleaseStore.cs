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
internal sealed class TableReleaseStore : IReleaseStore, IDisposable
{
    private readonly TicketRecords _records;
    private readonly TicketIds _ids;

    public TableReleaseStore(StorageTables tables, StorageResiliencePipeline pipeline, Outbox outbox, ILogger<TableReleaseStore> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _records = new TicketRecords(tables.Tickets, TicketType.Release, pipeline, outbox, logger);
        _ids = new TicketIds(_records, logger);
    }

    /// <summary>Takes the hinted number, builds the release and inserts it with its rows in one transaction; a taken number tries the next.</summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public Task<Release> CreateAsync(
        Func<TicketId, Release> build, Func<Release, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(outbound);
        return _ids.CreateAsync<Release>(
            async (id, token) =>
            {
                Release release = build(id);
                if (release.Id != id)
                {
                    throw new InvalidOperationException($"Asked to build {id}, the callback built {release.Id}.");
                }

                bool stored = await _records.TryCreateAsync(WriteOf(release), outbound(release), token);
                if (!stored)
                {
                    return null;
                }

                release.MarkEventsStored();
                return release;
            },
            cancellationToken);
    }

    /// <summary>One point read of the record; the version is its ETag and its index rows.</summary>
    public async Task<StoredRelease?> GetAsync(TicketId id, CancellationToken cancellationToken) =>
        await _records.ReadRecordAsync(id, cancellationToken) is { } read
            ? new StoredRelease(Release.FromSnapshot(ReleaseRecordMapper.ToSnapshot(id, read.Record)), read.Version)
            : null;

    /// <summary>One range query: the record and every event below it, oldest first.</summary>
    public async Task<ReleaseWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken) =>
        await _records.ReadWithHistoryAsync(id, cancellationToken) is { } read
            ? new ReleaseWithHistory(Release.FromSnapshot(ReleaseRecordMapper.ToSnapshot(id, read.Record)), read.History)
            : null;

    /// <summary>One transaction: the record on the ETag read, the new events, the index rows moved, the outbox rows; a changed record is a <see cref="SaveOutcome.Conflict"/>.</summary>
    /// <exception cref="ArgumentException">The version names a row that is not an index row of this release.</exception>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public async Task<SaveOutcome> SaveAsync(
        Release release, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(outbound);
        SaveOutcome outcome = await _records.SaveAsync(WriteOf(release), version, ReleaseIndexKeys.BelongsTo, outbound, cancellationToken);
        if (outcome == SaveOutcome.Saved)
        {
            release.MarkEventsStored();
        }

        return outcome;
    }

    /// <summary>One page of one index: a single range query on row keys in the release partition.</summary>
    /// <exception cref="ArgumentException">A holding-change listing without a change id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    public async Task<ReleasePage> ListAsync(ReleaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        KeyRange range = ReleaseIndexKeys.Listing(query);
        (IReadOnlyList<TableEntity> rows, string? continuation) = await _records.ReadPageAsync(
            range, Math.Min(query.PageSize, ReleaseQuery.MaxPageSize), ReleaseIndexMapper.Properties, query.ContinuationToken, cancellationToken);
        return new ReleasePage([.. rows.Select(ReleaseIndexMapper.ToSummary)], continuation);
    }

    public void Dispose() => _ids.Dispose();

    private TicketWrite WriteOf(Release release)
    {
        ReleaseSnapshot snapshot = release.ToSnapshot();
        IReadOnlyList<string> indexKeys = ReleaseIndexKeys.For(snapshot);
        string partition = _records.Partition;
        return new TicketWrite(
            snapshot.Id,
            indexKeys,
            writeId => ReleaseRecordMapper.ToEntity(partition, snapshot, indexKeys, writeId),
            key => ReleaseIndexMapper.ToEntity(partition, key, snapshot),
            [.. release.PendingEvents]);
    }
}
