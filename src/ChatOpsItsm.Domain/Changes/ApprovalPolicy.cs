using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// How one type of change is authorized: who votes, how many approvals pass it, whether one rejection vetoes it,
/// and how long the vote may take. A change keeps the policy it was submitted under, so a configuration change
/// never alters a vote already open.
/// </summary>
public sealed record ApprovalPolicy
{
    public ApprovalPolicy(ApproverGroup group, int quorum, bool vetoOnReject, TimeSpan votingPeriod, DeadlineAction atDeadline)
    {
        if (group == default)
        {
            throw new ArgumentException("The approver group is required.", nameof(group));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(quorum, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(votingPeriod, TimeSpan.Zero);
        if (!Enum.IsDefined(atDeadline))
        {
            throw new ArgumentOutOfRangeException(nameof(atDeadline), atDeadline, "Unknown deadline action.");
        }

        Group = group;
        Quorum = quorum;
        VetoOnReject = vetoOnReject;
        VotingPeriod = votingPeriod;
        AtDeadline = atDeadline;
    }

    /// <summary>The members who may vote.</summary>
    public ApproverGroup Group { get; }

    /// <summary>Approvals needed to pass; abstentions never count.</summary>
    public int Quorum { get; }

    /// <summary>Whether a single rejection rejects the change at once.</summary>
    public bool VetoOnReject { get; }

    /// <summary>From submission to the deadline; an escalation adds one more.</summary>
    public TimeSpan VotingPeriod { get; }

    public DeadlineAction AtDeadline { get; }
}
