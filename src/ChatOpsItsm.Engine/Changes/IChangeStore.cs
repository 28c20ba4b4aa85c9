using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// Where changes live, with the same guarantees as incidents: a record, its audit events (votes included), its listing
/// entries and the outbound work it promises are written together or not at all; every update is conditional on the
/// version read. Implementations throw <see cref="StorageUnavailableException"/> when storage cannot be reached.
/// </summary>
public interface IChangeStore
{
    /// <summary>
    /// Allocates the next change id (CHG-1001 and up, unique across every instance), asks <paramref name="build"/> for the
    /// change with that id, and stores it with its pending audit events and the work <paramref name="outbound"/> gives.
    /// Both functions may be called again with a later id if another instance took the first one.
    /// </summary>
    Task<Change> CreateAsync(Func<TicketId, Change> build, Func<Change, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken);

    /// <summary>One change with the version to update it, or null if there is none with that id.</summary>
    Task<StoredChange?> GetAsync(TicketId id, CancellationToken cancellationToken);

    /// <summary>One change and its audit trail, oldest first, in one read, or null.</summary>
    Task<ChangeWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the change, its pending events and <paramref name="outbound"/> work if it is still at
    /// <paramref name="version"/>; otherwise writes nothing and returns <see cref="SaveOutcome.Conflict"/>.
    /// </summary>
    Task<SaveOutcome> SaveAsync(Change change, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken);

    /// <summary>A page of a listing, read from its index: never a table scan.</summary>
    Task<ChangePage> ListAsync(ChangeQuery query, CancellationToken cancellationToken);
}
