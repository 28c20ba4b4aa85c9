using Azure.Data.Tables;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tickets;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Problems;

/// <summary>
/// <see cref="IProblemStore"/> on Azure Table Storage (docs/storage.md §16): the <c>PRB</c> partition of the tickets
/// table holds each problem's record, audit events, index rows (known errors by service, incident → problem links among
/// them) and outbox rows, so a command's writes commit in one entity-group transaction. Rows, transactions
/// and ids are the shared <see cref="TicketRecords"/> and <see cref="TicketIds"/>, as for incidents.
/// </summary>
internal sealed class TableProblemStore : TicketStore<Problem>, IProblemStore
{
    private static readonly TicketListing<ProblemQuery, ProblemSummary, ProblemPage> Listing = new(
        ProblemIndexKeys.Listing, static query => (query.PageSize, query.ContinuationToken), ProblemQuery.MaxPageSize,
        ProblemIndexMapper.Properties, ProblemIndexMapper.ToSummary, static (items, continuation) => new ProblemPage(items, continuation));

    public TableProblemStore(StorageTables tables, StorageResiliencePipeline pipeline, Outbox outbox, ILogger<TableProblemStore> logger)
        : base(tables, TicketType.Problem, pipeline, outbox, logger)
    {
    }

    protected override Problem FromRecord(TicketId id, TableEntity record) => Problem.FromSnapshot(ProblemRecordMapper.ToSnapshot(id, record));

    protected override TicketId IdOf(Problem ticket) => ticket.Id;

    protected override void MarkEventsStored(Problem ticket) => ticket.MarkEventsStored();

    protected override bool BelongsTo(string rowKey, TicketId id) => ProblemIndexKeys.BelongsTo(rowKey, id);

    /// <summary>
    /// Takes the hinted number, builds the problem and inserts it with its events, index rows, outbox rows and the new
    /// high-water mark in one transaction, then queues one flush; a taken number (409 on the record) tries the next.
    /// </summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public Task<Problem> CreateAsync(
        Func<TicketId, Problem> build, Func<Problem, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        return CreateTicketAsync(build, outbound, cancellationToken);
    }

    /// <summary>One point read of the record; the version is its ETag and its index rows.</summary>
    public async Task<StoredProblem?> GetAsync(TicketId id, CancellationToken cancellationToken) =>
        await ReadAsync(id, static (problem, version) => new StoredProblem(problem, version), cancellationToken);

    /// <summary>One range query: the record and every event below it oldest first.</summary>
    public async Task<ProblemWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken) =>
        await ReadWithHistoryAsync(id, static (problem, history) => new ProblemWithHistory(problem, history), cancellationToken);

    /// <summary>
    /// One transaction (see <see cref="TicketRecords.SaveAsync"/>): the record on the ETag read, the
    /// new events, the index rows moved to the new state, service and incidents, the outbox rows; then one flush. A
    /// changed record writes nothing and is a <see cref="SaveOutcome.Conflict"/>: read again and re-apply.
    /// </summary>
    /// <exception cref="ArgumentException">The version names a row that is not an index row of this problem.</exception>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public async Task<SaveOutcome> SaveAsync(
        Problem problem, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken)
    {
        return await SaveTicketAsync(problem, nameof(problem), version, outbound, cancellationToken);
    }

    /// <summary>One page of one index: a single range query on row keys in the problem partition.</summary>
    /// <exception cref="ArgumentException">The query lacks the service or incident its kind needs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    public async Task<ProblemPage> ListAsync(ProblemQuery query, CancellationToken cancellationToken)
    {
        return await ListTicketsAsync(query, Listing, cancellationToken);
    }

    protected override TicketWrite WriteOf(Problem problem)
    {
        ProblemSnapshot snapshot = problem.ToSnapshot();
        IReadOnlyList<string> indexKeys = ProblemIndexKeys.For(snapshot);
        string partition = Partition;
        return new TicketWrite(
            snapshot.Id,
            indexKeys,
            writeId => ProblemRecordMapper.ToEntity(partition, snapshot, indexKeys, writeId),
            key => ProblemIndexMapper.ToEntity(partition, key, snapshot),
            [.. problem.PendingEvents]);
    }
}
