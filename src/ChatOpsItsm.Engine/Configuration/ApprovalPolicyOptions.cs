namespace ChatOpsItsm.Engine.Configuration;

/// <summary>One change type's approval policy; each value left out keeps the type's default.</summary>
public sealed class ApprovalPolicyOptions
{
    /// <summary>The approver group that votes (<c>cab</c>, <c>ecab</c>): a role name under <c>Itsm:Roles</c>.</summary>
    public string? Group { get; init; }

    /// <summary>Approvals needed to pass; at least 1.</summary>
    public int? Quorum { get; init; }

    /// <summary>Whether one rejection rejects the change at once.</summary>
    public bool? VetoOnReject { get; init; }

    /// <summary>From submission to the deadline, a time span (<c>2.00:00:00</c>); 1 minute to 30 days.</summary>
    public TimeSpan? VotingDeadline { get; init; }

    /// <summary>What happens at the deadline without a decision: <c>reject</c>, or <c>escalate</c> (once).</summary>
    public string? AtDeadline { get; init; }
}
