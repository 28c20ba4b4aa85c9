using Azure.Data.Tables;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Requests;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tickets;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Requests;

/// <summary>
/// <see cref="IRequestStore"/> on Azure Table Storage (docs/storage.md, "Service requests"): the <c>REQ</c> partition of
/// the tickets table holds each request's record (field values and vote inside it), audit events, index rows and outbox
/// rows, so a command's writes commit in one entity-group transaction and an approval race is decided by the record's
/// ETag. Rows, transactions and ids are the shared <see cref="TicketRecords"/> and <see cref="TicketIds"/>.
/// </summary>
internal sealed class TableRequestStore : IRequestStore, IDisposable
{
    private readonly TicketRecords _records;
    private readonly TicketIds _ids;

    public TableRequestStore(StorageTables tables, StorageResiliencePipeline pipeline, Outbox outbox, ILogger<TableRequestStore> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _records = new TicketRecords(tables.Tickets, TicketType.Request, pipeline, outbox, logger);
        _ids = new TicketIds(_records, logger);
    }

    /// <summary>Takes the hinted number, builds the request and inserts it with everything it writes in one transaction; a taken number tries the next.</summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public Task<ServiceRequest> CreateAsync(
        Func<TicketId, ServiceRequest> build, Func<ServiceRequest, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(outbound);
        return _ids.CreateAsync<ServiceRequest>(
            async (id, token) =>
            {
                ServiceRequest request = build(id);
                if (request.Id != id)
                {
                    throw new InvalidOperationException($"Asked to build {id}, the callback built {request.Id}.");
                }

                bool stored = await _records.TryCreateAsync(WriteOf(request), outbound(request), token);
                if (!stored)
                {
                    return null;
                }

                request.MarkEventsStored();
                return request;
            },
            cancellationToken);
    }

    /// <summary>One point read of the record.</summary>
    public async Task<StoredRequest?> GetAsync(TicketId id, CancellationToken cancellationToken) =>
        await _records.ReadRecordAsync(id, cancellationToken) is { } read
            ? new StoredRequest(ServiceRequest.FromSnapshot(RequestRecordMapper.ToSnapshot(id, read.Record)), read.Version)
            : null;

    /// <summary>One range query: the record and every event below it, oldest first.</summary>
    public async Task<RequestWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken) =>
        await _records.ReadWithHistoryAsync(id, cancellationToken) is { } read
            ? new RequestWithHistory(ServiceRequest.FromSnapshot(RequestRecordMapper.ToSnapshot(id, read.Record)), read.History)
            : null;

    /// <summary>One transaction on the ETag read; a changed record writes nothing and is a <see cref="SaveOutcome.Conflict"/>.</summary>
    /// <exception cref="ArgumentException">The version names a row that is not an index row of this request.</exception>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public async Task<SaveOutcome> SaveAsync(
        ServiceRequest request, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(outbound);
        SaveOutcome outcome = await _records.SaveAsync(WriteOf(request), version, RequestIndexKeys.BelongsTo, outbound, cancellationToken);
        if (outcome == SaveOutcome.Saved)
        {
            request.MarkEventsStored();
        }

        return outcome;
    }

    /// <summary>One page of one index: a single range query on row keys in the request partition.</summary>
    /// <exception cref="ArgumentException">A listing of one person's requests without the person.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    public async Task<RequestPage> ListAsync(RequestQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        (IReadOnlyList<TableEntity> rows, string? continuation) = await _records.ReadPageAsync(
            RequestIndexKeys.Listing(query), Math.Min(query.PageSize, RequestQuery.MaxPageSize), RequestIndexMapper.Properties,
            query.ContinuationToken, cancellationToken);
        return new RequestPage([.. rows.Select(RequestIndexMapper.ToSummary)], continuation);
    }

    public void Dispose() => _ids.Dispose();

    private TicketWrite WriteOf(ServiceRequest request)
    {
        RequestSnapshot snapshot = request.ToSnapshot();
        IReadOnlyList<string> indexKeys = RequestIndexKeys.For(snapshot);
        string partition = _records.Partition;
        return new TicketWrite(
            snapshot.Id,
            indexKeys,
            writeId => RequestRecordMapper.ToEntity(partition, snapshot, indexKeys, writeId),
            key => RequestIndexMapper.ToEntity(partition, key, snapshot),
            [.. request.PendingEvents]);
    }
}
