using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>
/// Where problems live, with the same guarantees as incidents and changes: a record, its audit events, its listing
/// entries (the known errors by service and the incident → problem links among them) and the outbound work it promises
/// are written together or not at all; every update is conditional on the version read. Implementations throw
/// <see cref="StorageUnavailableException"/> when storage cannot be reached.
/// </summary>
public interface IProblemStore
{
    /// <summary>
    /// Allocates the next problem id (PRB-1001 and up, unique across every instance), asks <paramref name="build"/> for the
    /// problem with that id, and stores it with its pending audit events and the work <paramref name="outbound"/> gives.
    /// Both functions may be called again with a later id if another instance took the first one.
    /// </summary>
    Task<Problem> CreateAsync(Func<TicketId, Problem> build, Func<Problem, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken);

    /// <summary>One problem with the version to update it, or null if there is none with that id.</summary>
    Task<StoredProblem?> GetAsync(TicketId id, CancellationToken cancellationToken);

    /// <summary>One problem and its audit trail, oldest first, in one read, or null.</summary>
    Task<ProblemWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the problem, its pending events and <paramref name="outbound"/> work if it is still at
    /// <paramref name="version"/>; otherwise writes nothing and returns <see cref="SaveOutcome.Conflict"/>.
    /// </summary>
    Task<SaveOutcome> SaveAsync(Problem problem, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken);

    /// <summary>A page of a listing, read from its index: never a table scan.</summary>
    Task<ProblemPage> ListAsync(ProblemQuery query, CancellationToken cancellationToken);
}
