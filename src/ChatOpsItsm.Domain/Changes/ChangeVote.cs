using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// One approver's standing vote on a change. <c>Approver</c> is the person's primary identity, so
/// a vote cast from Teams and changed from Discord stays one vote. <c>At</c> is when this choice
/// (or its comment) was last cast.
/// </summary>
public sealed record ChangeVote(UserIdentity Approver, string ApproverName, VoteChoice Choice, string? Comment, DateTimeOffset At);
