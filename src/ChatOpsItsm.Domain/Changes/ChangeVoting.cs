using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// A change's vote, as plain data stored with the change: the policy it was submitted under, the deadline, the
/// standing votes and, once made, the decision. Every rule reads only these values and the instant it is given,
/// so applying a vote to a freshly read snapshot always gives the same result.
/// </summary>
/// <remarks>
/// <c>EligibleApprovers</c> counts the members of the group who may vote on this change (the requester left
/// out) at submission; when null (not known) only a veto, the quorum or the deadline decides.
/// <c>Escalations</c> is 0, or 1 once the deadline has been extended. <c>Votes</c> holds one vote per approver,
/// in the order they first voted.
/// </remarks>
public sealed record ChangeVoting(
    ApprovalPolicy Policy,
    int? EligibleApprovers,
    DateTimeOffset OpenedAt,
    DateTimeOffset Deadline,
    int Escalations,
    IReadOnlyList<ChangeVote> Votes,
    ChangeDecision? Decision,
    DateTimeOffset? DecidedAt)
{
    public bool IsEscalated => Escalations > 0;

    public VoteTally Tally => VoteTally.Of(Votes, Policy.Quorum, EligibleApprovers);

    public static ChangeVoting Open(ApprovalPolicy policy, int? eligibleApprovers, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (eligibleApprovers < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(eligibleApprovers), eligibleApprovers, "A count of approvers can't be negative.");
        }

        return new ChangeVoting(policy, eligibleApprovers, at, at + policy.VotingPeriod, 0, [], null, null);
    }

    public ChangeVote? VoteOf(UserIdentity approver) => Votes.FirstOrDefault(vote => vote.Approver == approver);

    /// <summary>A copy with <paramref name="vote"/> replacing the approver's earlier vote in its place, or added last.</summary>
    public ChangeVoting WithVote(ChangeVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        int index = Votes.ToList().FindIndex(existing => existing.Approver == vote.Approver);
        List<ChangeVote> votes = [.. Votes];
        if (index < 0)
        {
            votes.Add(vote);
        }
        else
        {
            votes[index] = vote;
        }

        return this with { Votes = votes };
    }

    /// <summary>
    /// What the standing votes decide: rejected by a veto (when the policy has one); approved once approvals
    /// reach the quorum; rejected once the approvers yet to vote can no longer make it; otherwise null.
    /// </summary>
    public ChangeDecision? DecideByVotes()
    {
        VoteTally tally = Tally;
        if (Policy.VetoOnReject && tally.Rejections > 0)
        {
            return ChangeDecision.Rejected;
        }

        if (tally.Approvals >= Policy.Quorum)
        {
            return ChangeDecision.Approved;
        }

        return tally.CanStillPass ? null : ChangeDecision.Rejected;
    }
}
