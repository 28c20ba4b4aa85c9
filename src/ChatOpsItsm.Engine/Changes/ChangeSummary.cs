using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>One line of a change listing, read from an index entry (no second read of the record).</summary>
public sealed record ChangeSummary(
    TicketId Id,
    string Title,
    ChangeType Type,
    ChangeRisk Risk,
    string Service,
    ChangeState State,
    ChangeWindow PlannedWindow,
    UserIdentity Requester,
    string RequesterName,
    DateTimeOffset UpdatedAt)
{
    /// <summary>When implementation started; null before.</summary>
    public DateTimeOffset? StartedAt { get; init; }
}
