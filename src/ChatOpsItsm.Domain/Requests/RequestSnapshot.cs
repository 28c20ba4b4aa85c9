using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Requests;

/// <summary>
/// Every stored field of a service request, as plain data: what storage writes and reads back. <c>Approver</c> is the
/// manager who approves (a manager approval only); <c>Voting</c> is null when no approval is needed; <c>Notes</c> are
/// the fulfilment notes; <c>ClosedAt</c> is when it was Closed, Rejected or Canceled.
/// </summary>
public sealed record RequestSnapshot(
    TicketId Id,
    string ItemKey,
    string ItemLabel,
    IReadOnlyList<RequestFieldValue> Fields,
    RequestState State,
    UserIdentity Requester,
    string RequesterName,
    RequestApprovalKind ApprovalKind,
    UserIdentity? Approver,
    ChangeVoting? Voting,
    string FulfillmentGroup,
    UserIdentity? Assignee,
    string? AssigneeName,
    string Channel,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FulfilledAt,
    string? Notes,
    DateTimeOffset? ClosedAt,
    int EventCount);
