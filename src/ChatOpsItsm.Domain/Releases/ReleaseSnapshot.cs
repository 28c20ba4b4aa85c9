using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Releases;

/// <summary>
/// Every stored field of a release, as plain data: what storage writes and reads back. <c>Service</c> is empty and
/// <c>Window</c> null when not given; <c>Changes</c> are in the order they were added; <c>DeployedAt</c> is when it
/// entered Deploying; <c>ClosedAt</c> when it was Closed or Canceled.
/// </summary>
public sealed record ReleaseSnapshot(
    TicketId Id,
    string Title,
    string Service,
    ChangeWindow? Window,
    ReleaseState State,
    IReadOnlyList<ReleaseChange> Changes,
    UserIdentity Owner,
    string OwnerName,
    string Channel,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeployedAt,
    DateTimeOffset? ClosedAt,
    int EventCount);
