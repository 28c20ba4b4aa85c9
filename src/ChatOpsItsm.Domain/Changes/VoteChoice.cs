namespace ChatOpsItsm.Domain.Changes;

/// <summary>What an approver says. An abstention is recorded but never counts towards the quorum.</summary>
public enum VoteChoice
{
    Approve,
    Reject,
    Abstain,
}
