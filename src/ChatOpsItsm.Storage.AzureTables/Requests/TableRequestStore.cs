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
internal sealed class TableRequestStore : TicketStore<ServiceRequest>, IRequestStore
{
    private static readonly TicketListing<RequestQuery, RequestSummary, RequestPage> Listing = new(
        RequestIndexKeys.Listing, static query => (query.PageSize, query.ContinuationToken), RequestQuery.MaxPageSize,
        RequestIndexMapper.Properties, RequestIndexMapper.ToSummary, static (items, continuation) => new RequestPage(items, continuation));

    public TableRequestStore(StorageTables tables, StorageResiliencePipeline pipeline, Outbox outbox, ILogger<TableRequestStore> logger)
        : base(tables, TicketType.Request, pipeline, outbox, logger)
    {
    }

    protected override ServiceRequest FromRecord(TicketId id, TableEntity record) => ServiceRequest.FromSnapshot(RequestRecordMapper.ToSnapshot(id, record));

    protected override TicketId IdOf(ServiceRequest ticket) => ticket.Id;

    protected override void MarkEventsStored(ServiceRequest ticket) => ticket.MarkEventsStored();

    protected override bool BelongsTo(string rowKey, TicketId id) => RequestIndexKeys.BelongsTo(rowKey, id);

    /// <summary>Takes the hinted number, builds the request and inserts it with everything it writes in one transaction; a taken number tries the next.</summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public Task<ServiceRequest> CreateAsync(
        Func<TicketId, ServiceRequest> build, Func<ServiceRequest, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        return CreateTicketAsync(build, outbound, cancellationToken);
    }

    /// <summary>One point read of the record.</summary>
    public async Task<StoredRequest?> GetAsync(TicketId id, CancellationToken cancellationToken) =>
        await ReadAsync(id, static (request, version) => new StoredRequest(request, version), cancellationToken);

    /// <summary>One range query: the record and every event below it, oldest first.</summary>
    public async Task<RequestWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken) =>
        await ReadWithHistoryAsync(id, static (request, history) => new RequestWithHistory(request, history), cancellationToken);

    /// <summary>One transaction on the ETag read; a changed record writes nothing and is a <see cref="SaveOutcome.Conflict"/>.</summary>
    /// <exception cref="ArgumentException">The version names a row that is not an index row of this request.</exception>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public async Task<SaveOutcome> SaveAsync(
        ServiceRequest request, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        return await SaveTicketAsync(request, nameof(request), version, outbound, cancellationToken);
    }

    /// <summary>One page of one index: a single range query on row keys in the request partition.</summary>
    /// <exception cref="ArgumentException">A listing of one person's requests without the person.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    public async Task<RequestPage> ListAsync(RequestQuery query, CancellationToken cancellationToken)
    {
        return await ListTicketsAsync(query, Listing, cancellationToken);
    }

    protected override TicketWrite WriteOf(ServiceRequest request)
    {
        RequestSnapshot snapshot = request.ToSnapshot();
        IReadOnlyList<string> indexKeys = RequestIndexKeys.For(snapshot);
        string partition = Partition;
        return new TicketWrite(
            snapshot.Id,
            indexKeys,
            writeId => RequestRecordMapper.ToEntity(partition, snapshot, indexKeys, writeId),
            key => RequestIndexMapper.ToEntity(partition, key, snapshot),
            [.. request.PendingEvents]);
    }
}
