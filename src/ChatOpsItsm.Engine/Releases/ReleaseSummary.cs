using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>One line of a release listing, read from an index entry (no second read of the record).</summary>
public sealed record ReleaseSummary(
    TicketId Id,
    string Title,
    string Service,
    ReleaseState State,
    ChangeWindow? Window,
    int ChangeCount,
    UserIdentity Owner,
    string OwnerName,
    DateTimeOffset UpdatedAt);
