namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// Where a vote stands, for the vote card: who voted how (in the order they first voted) and the counts.
/// </summary>
/// <param name="Votes">Every standing vote, one per approver.</param>
/// <param name="Approvals">Votes to approve.</param>
/// <param name="Rejections">Votes to reject.</param>
/// <param name="Abstentions">Abstentions, which never count towards the quorum.</param>
/// <param name="Quorum">Approvals needed to pass.</param>
/// <param name="Outstanding">Eligible approvers yet to vote; null when the size of the group is not known.</param>
public sealed record VoteTally(
    IReadOnlyList<ChangeVote> Votes, int Approvals, int Rejections, int Abstentions, int Quorum, int? Outstanding)
{
    /// <summary>Approvals still missing; 0 once the quorum is met.</summary>
    public int ApprovalsNeeded => Math.Max(0, Quorum - Approvals);

    /// <summary>
    /// Whether the approvers yet to vote could still make the quorum, counting each standing vote as it is
    /// now. Always true when the size of the group is not known.
    /// </summary>
    public bool CanStillPass => Outstanding is not { } left || Approvals + left >= Quorum;

    public static VoteTally Of(IReadOnlyList<ChangeVote> votes, int quorum, int? eligibleApprovers)
    {
        ArgumentNullException.ThrowIfNull(votes);
        return new VoteTally(
            votes,
            votes.Count(vote => vote.Choice == VoteChoice.Approve),
            votes.Count(vote => vote.Choice == VoteChoice.Reject),
            votes.Count(vote => vote.Choice == VoteChoice.Abstain),
            quorum,
            eligibleApprovers is { } eligible ? Math.Max(0, eligible - votes.Count) : null);
    }
}
