using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed class VoteTallyTests
{
    [Fact]
    public void Of_GroupSizeUnknown_CanAlwaysStillPass()
    {
        VoteTally tally = VoteTally.Of([Vote("a", VoteChoice.Reject), Vote("b", VoteChoice.Reject)], quorum: 5, eligibleApprovers: null);

        Assert.Null(tally.Outstanding);
        Assert.True(tally.CanStillPass);
        Assert.Equal(5, tally.ApprovalsNeeded);
    }

    [Fact]
    public void Of_MoreVotesThanTheGroupCounted_OutstandingIsZero()
    {
        VoteTally tally = VoteTally.Of([Vote("a", VoteChoice.Approve), Vote("b", VoteChoice.Abstain)], quorum: 2, eligibleApprovers: 1);

        Assert.Equal(0, tally.Outstanding);
        Assert.False(tally.CanStillPass);
    }

    [Fact]
    public void ApprovalsNeeded_QuorumExceeded_IsZero()
    {
        VoteTally tally = VoteTally.Of([Vote("a", VoteChoice.Approve), Vote("b", VoteChoice.Approve)], quorum: 1, eligibleApprovers: 3);

        Assert.Equal(0, tally.ApprovalsNeeded);
    }

    [Fact]
    public void WithVote_SameApproverAgain_ReplacesInPlace()
    {
        ChangeVoting voting = ChangeVoting.Open(ApprovalPolicies.Default.For(ChangeType.Normal)!, null, BuilderDefaults.Instant)
            .WithVote(Vote("a", VoteChoice.Approve)).WithVote(Vote("b", VoteChoice.Abstain));

        ChangeVoting changed = voting.WithVote(Vote("a", VoteChoice.Reject));

        Assert.Equal(["a", "b"], changed.Votes.Select(vote => vote.Approver.Id));
        Assert.Equal(VoteChoice.Reject, changed.VoteOf(new UserIdentity("local", "a"))!.Choice);
        Assert.Equal(VoteChoice.Approve, voting.Votes[0].Choice);
    }

    private static ChangeVote Vote(string id, VoteChoice choice) =>
        new(new UserIdentity("local", id), id, choice, null, BuilderDefaults.Instant);
}
