using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>
/// Where incidents live. A record, its audit events and its listing entries are written together or not
/// at all; every update is conditional on the version read. Implementations throw
/// <see cref="StorageUnavailableException"/> when storage cannot be reached.
/// </summary>
public interface IIncidentStore
{
    /// <summary>
    /// Allocates the next incident id (unique across every instance), asks <paramref name="build"/> for the
    /// incident with that id, and stores it with its pending audit events and the outbound work
    /// <paramref name="outbound"/> gives for it (an outbox in the same transaction, then queued). Both
    /// functions may be called again with a later id if another instance took the first one.
    /// </summary>
    Task<Incident> CreateAsync(
        Func<TicketId, Incident> build, Func<Incident, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken);

    /// <summary>One incident with the version to update it, or null if there is none with that id.</summary>
    Task<StoredIncident?> GetAsync(TicketId id, CancellationToken cancellationToken);

    /// <summary>One incident and its audit trail, in one read, or null.</summary>
    Task<IncidentWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the incident's changes, pending events and <paramref name="outbound"/> work (in the same
    /// transaction, then queued) if it is still at <paramref name="version"/>; otherwise writes nothing and
    /// returns <see cref="SaveOutcome.Conflict"/>.
    /// </summary>
    Task<SaveOutcome> SaveAsync(
        Incident incident, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken);

    /// <summary>A page of a listing, read from its index: never a table scan.</summary>
    Task<IncidentPage> ListAsync(IncidentQuery query, CancellationToken cancellationToken);
}
