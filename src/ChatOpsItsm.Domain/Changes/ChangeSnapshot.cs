using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// Every stored field of a change, as plain data: what storage writes and reads back.
/// <see cref="Change.FromSnapshot"/> and <see cref="Change.ToSnapshot"/> convert without loss.
/// <c>TemplateName</c> is null except for a standard change; <c>Voting</c> is null before submission and for a
/// standard change; <c>EndedAt</c> is when implementation completed or failed; <c>ClosedAt</c> is when the
/// change was Closed, Rejected or Canceled; <c>LinkedIncidents</c> are the incidents it is linked to (it may have caused
/// them), in the order linked.
/// </summary>
public sealed record ChangeSnapshot(
    TicketId Id,
    string Title,
    string Description,
    ChangeType Type,
    ChangeRisk Risk,
    Impact Impact,
    string Service,
    ChangeWindow PlannedWindow,
    string ImplementationPlan,
    string RollbackPlan,
    string? TemplateName,
    ChangeState State,
    UserIdentity Requester,
    string RequesterName,
    UserIdentity? Assignee,
    string? AssigneeName,
    string Channel,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    ChangeVoting? Voting,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    string? FailureReason,
    DateTimeOffset? ClosedAt,
    int EventCount,
    IReadOnlyList<TicketId> LinkedIncidents);
