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
internal sealed class TableProblemStore : IProblemStore, IDisposable
{
    private readonly TicketRecords _records;
    private readonly TicketIds _ids;

    public TableProblemStore(StorageTables tables, StorageResiliencePipeline pipeline, Outbox outbox, ILogger<TableProblemStore> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _records = new TicketRecords(tables.Tickets, TicketType.Problem, pipeline, outbox, logger);
        _ids = new TicketIds(_records, logger);
    }

    /// <summary>
    /// Takes the hinted number, builds the problem and inserts it with its events, index rows, outbox rows and the new
    /// high-water mark in one transaction, then queues one flush; a taken number (409 on the record) tries the next.
    /// </summary>
    /// <exception cref="InvalidOperationException">The transaction would exceed 100 actions, or a work item is too large.</exception>
    public Task<Problem> CreateAsync(
        Func<TicketId, Problem> build, Func<Problem, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(outbound);
        return _ids.CreateAsync<Problem>(
            async (id, token) =>
            {
                Problem problem = build(id);
                if (problem.Id != id)
                {
                    throw new InvalidOperationException($"Asked to build {id}, the callback built {problem.Id}.");
                }

                bool stored = await _records.TryCreateAsync(WriteOf(problem), outbound(problem), token);
                return stored ? Stored(problem) : null;
            },
            cancellationToken);
    }

    /// <summary>One point read of the record; the version is its ETag and its index rows.</summary>
    public async Task<StoredProblem?> GetAsync(TicketId id, CancellationToken cancellationToken) =>
        await _records.ReadRecordAsync(id, cancellationToken) is { } read
            ? new StoredProblem(Problem.FromSnapshot(ProblemRecordMapper.ToSnapshot(id, read.Record)), read.Version)
            : null;

    /// <summary>One range query: the record and every event below it oldest first.</summary>
    public async Task<ProblemWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken) =>
        await _records.ReadWithHistoryAsync(id, cancellationToken) is { } read
            ? new ProblemWithHistory(Problem.FromSnapshot(ProblemRecordMapper.ToSnapshot(id, read.Record)), read.History)
            : null;

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
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(outbound);
        SaveOutcome outcome = await _records.SaveAsync(WriteOf(problem), version, ProblemIndexKeys.BelongsTo, outbound, cancellationToken);
        if (outcome == SaveOutcome.Saved)
        {
            problem.MarkEventsStored();
        }

        return outcome;
    }

    /// <summary>One page of one index: a single range query on row keys in the problem partition.</summary>
    /// <exception cref="ArgumentException">The query lacks the service or incident its kind needs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The page size is below 1.</exception>
    public async Task<ProblemPage> ListAsync(ProblemQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        KeyRange range = ProblemIndexKeys.Listing(query);
        (IReadOnlyList<TableEntity> rows, string? continuation) = await _records.ReadPageAsync(
            range, Math.Min(query.PageSize, ProblemQuery.MaxPageSize), ProblemIndexMapper.Properties, query.ContinuationToken, cancellationToken);
        return new ProblemPage([.. rows.Select(ProblemIndexMapper.ToSummary)], continuation);
    }

    public void Dispose() => _ids.Dispose();

    private static Problem Stored(Problem problem)
    {
        problem.MarkEventsStored();
        return problem;
    }

    private TicketWrite WriteOf(Problem problem)
    {
        ProblemSnapshot snapshot = problem.ToSnapshot();
        IReadOnlyList<string> indexKeys = ProblemIndexKeys.For(snapshot);
        string partition = _records.Partition;
        return new TicketWrite(
            snapshot.Id,
            indexKeys,
            writeId => ProblemRecordMapper.ToEntity(partition, snapshot, indexKeys, writeId),
            key => ProblemIndexMapper.ToEntity(partition, key, snapshot),
            [.. problem.PendingEvents]);
    }
}
