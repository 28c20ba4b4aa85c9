namespace ChatOpsItsm.Domain.Changes;

/// <summary>What happens to a change still undecided when its voting deadline passes.</summary>
public enum DeadlineAction
{
    /// <summary>The change is rejected for want of a decision.</summary>
    Reject,

    /// <summary>
    /// The vote stays open, flagged escalated, for one more voting period; if it is still undecided at the
    /// extended deadline the change is rejected. One escalation only, so no change waits for ever.
    /// </summary>
    Escalate,
}
