using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Requests;

/// <summary>
/// How requests for a catalog item are approved. A group approval votes by the change voting rules
/// (<see cref="ChangeVoting"/>): one vote per approver, the requester can't vote, one rejection vetoes.
/// </summary>
public sealed record RequestApproval
{
    /// <summary>How long a request's vote is shown as open; requests have no deadline timer, the period only fills the vote's record.</summary>
    public static readonly TimeSpan VotingPeriod = TimeSpan.FromDays(7);

    /// <summary>The pseudo group a manager's approval is recorded under.</summary>
    public static readonly ApproverGroup ManagerGroup = new("manager");

    private RequestApproval(RequestApprovalKind kind, ApproverGroup? group, int quorum)
    {
        Kind = kind;
        Group = group;
        Quorum = quorum;
    }

    public static RequestApproval None { get; } = new(RequestApprovalKind.None, null, 0);

    public static RequestApproval Manager { get; } = new(RequestApprovalKind.Manager, null, 1);

    public RequestApprovalKind Kind { get; }

    /// <summary>The voting group of a <see cref="RequestApprovalKind.Group"/> approval; null otherwise.</summary>
    public ApproverGroup? Group { get; }

    /// <summary>Approvals needed: 1 for a manager, the group's quorum, 0 for none.</summary>
    public int Quorum { get; }

    public static RequestApproval ByGroup(ApproverGroup group, int quorum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quorum, 1);
        return new RequestApproval(RequestApprovalKind.Group, group, quorum);
    }

    /// <summary>The voting policy this approval opens with.</summary>
    public ApprovalPolicy ToPolicy() => Kind switch
    {
        RequestApprovalKind.Group => new ApprovalPolicy(Group!.Value, Quorum, vetoOnReject: true, VotingPeriod, DeadlineAction.Reject),
        RequestApprovalKind.Manager => new ApprovalPolicy(ManagerGroup, 1, vetoOnReject: true, VotingPeriod, DeadlineAction.Reject),
        _ => throw new InvalidOperationException("No approval, no vote."),
    };
}
