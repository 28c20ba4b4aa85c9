using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>
/// Where service requests live, with the same guarantees as changes: a record (field values and votes inside it), its
/// audit events, its listing entries and the outbound work it promises are written together or not at all; every update
/// is conditional on the version read. Implementations throw <see cref="StorageUnavailableException"/> when storage cannot be reached.
/// </summary>
public interface IRequestStore
{
    /// <summary>
    /// Allocates the next request id (REQ-1001 and up, unique across every instance), asks <paramref name="build"/> for the
    /// request with that id and stores it with its pending events and the work <paramref name="outbound"/> gives. Both
    /// functions may be called again with a later id if another instance took the first one.
    /// </summary>
    Task<ServiceRequest> CreateAsync(
        Func<TicketId, ServiceRequest> build, Func<ServiceRequest, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken);

    /// <summary>One request with the version to update it, or null if there is none with that id.</summary>
    Task<StoredRequest?> GetAsync(TicketId id, CancellationToken cancellationToken);

    /// <summary>One request and its audit trail, oldest first, in one read, or null.</summary>
    Task<RequestWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the request, its pending events and <paramref name="outbound"/> work if it is still at
    /// <paramref name="version"/>; otherwise writes nothing and returns <see cref="SaveOutcome.Conflict"/>.
    /// </summary>
    Task<SaveOutcome> SaveAsync(ServiceRequest request, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken);

    /// <summary>A page of a listing, read from its index: never a table scan.</summary>
    Task<RequestPage> ListAsync(RequestQuery query, CancellationToken cancellationToken);
}
