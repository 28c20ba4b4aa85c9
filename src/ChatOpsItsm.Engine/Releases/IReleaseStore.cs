using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>
/// Where releases live, with the same guarantees as changes: a record, its audit events, its listing entries and the
/// outbound work it promises are written together or not at all; every update is conditional on the version read.
/// Implementations throw <see cref="StorageUnavailableException"/> when storage cannot be reached.
/// </summary>
public interface IReleaseStore
{
    /// <summary>
    /// Allocates the next release id (RLS-1001 and up, unique across every instance), asks <paramref name="build"/> for
    /// the release with that id, and stores it with its pending audit events and the work <paramref name="outbound"/> gives.
    /// Both functions may be called again with a later id if another instance took the first one.
    /// </summary>
    Task<Release> CreateAsync(Func<TicketId, Release> build, Func<Release, IReadOnlyList<OutboundWork>> outbound, CancellationToken cancellationToken);

    /// <summary>One release with the version to update it, or null if there is none with that id.</summary>
    Task<StoredRelease?> GetAsync(TicketId id, CancellationToken cancellationToken);

    /// <summary>One release and its audit trail, oldest first, in one read, or null.</summary>
    Task<ReleaseWithHistory?> GetWithHistoryAsync(TicketId id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the release, its pending events and <paramref name="outbound"/> work if it is still at
    /// <paramref name="version"/>; otherwise writes nothing and returns <see cref="SaveOutcome.Conflict"/>.
    /// </summary>
    Task<SaveOutcome> SaveAsync(Release release, RecordVersion version, IReadOnlyList<OutboundWork> outbound, CancellationToken cancellationToken);

    /// <summary>A page of a listing, read from its index: never a table scan.</summary>
    Task<ReleasePage> ListAsync(ReleaseQuery query, CancellationToken cancellationToken);
}
