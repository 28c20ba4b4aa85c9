namespace ChatOpsItsm.Domain.Changes;

/// <summary>How a change's vote ended. An escalation is not a decision: the vote stays open.</summary>
public enum ChangeDecision
{
    Approved,
    Rejected,
}
