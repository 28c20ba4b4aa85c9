using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed partial class ChangeVotingTests
{
    [Fact]
    public void Vote_Abstain_DoesNotCountTowardsTheQuorum()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();

        change.Vote(Approvers.Carol, VoteChoice.Abstain, "Not my area.", By(Approvers.Carol));
        change.Vote(Approvers.Dave, VoteChoice.Approve, null, By(Approvers.Dave));

        Assert.Equal(ChangeState.Authorize, change.State);
        VoteTally tally = change.Tally!;
        Assert.Equal((1, 0, 1, 1), (tally.Approvals, tally.Rejections, tally.Abstentions, tally.ApprovalsNeeded));
    }

    [Fact]
    public void Vote_ChangedFromApproveToRejectBeforeTheDecision_UpdatesTheTallyInPlace()
    {
        Change change = AChange().WithPolicies(NoVeto).InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Approve, "Fine.", By(Approvers.Carol));
        change.Vote(Approvers.Dave, VoteChoice.Abstain, null, By(Approvers.Dave));

        DomainResult result = change.Vote(Approvers.Carol, VoteChoice.Reject, "Found a gap in the rollback.", By(Approvers.Carol, minutes: 50));

        Assert.True(result.Succeeded);
        VoteTally tally = change.Tally!;
        Assert.Equal((0, 1, 1), (tally.Approvals, tally.Rejections, tally.Abstentions));
        Assert.Equal(
            [
                new ChangeVote(Approvers.Carol.PrimaryIdentity, "Carol", VoteChoice.Reject, "Found a gap in the rollback.", At(50)),
                new ChangeVote(Approvers.Dave.PrimaryIdentity, "Dave", VoteChoice.Abstain, null, At(20)),
            ],
            tally.Votes);
    }

    [Fact]
    public void Vote_ChangedFromApproveToRejectUnderVeto_Rejects()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol));

        change.Vote(Approvers.Carol, VoteChoice.Reject, "Second thoughts.", By(Approvers.Carol, minutes: 30));

        Assert.Equal(ChangeState.Rejected, change.State);
        Assert.Equal((0, 1), (change.Tally!.Approvals, change.Tally.Rejections));
    }

    [Fact]
    public void Vote_SameVoteTwice_SucceedsWithoutASecondEventOrAnyChange()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Approve, "  Looks fine. ", By(Approvers.Carol));
        ChangeSnapshot before = change.ToSnapshot();
        int events = change.PendingEvents.Count;

        DomainResult result = change.Vote(Approvers.Carol, VoteChoice.Approve, "Looks fine.", By(Approvers.Carol, minutes: 25));

        Assert.True(result.Succeeded);
        Assert.Equal(before, change.ToSnapshot());
        Assert.Equal(events, change.PendingEvents.Count);
    }

    [Fact]
    public void Vote_RepeatOfTheDecidingVoteOnAFreshRead_SucceedsWithoutChange()
    {
        Change stored = AChange().InState(ChangeState.Scheduled).WithEventsStored().Build();
        Change reread = Change.FromSnapshot(stored.ToSnapshot());

        DomainResult result = reread.Vote(Approvers.Dave, VoteChoice.Approve, null, By(Approvers.Dave, minutes: 10));

        Assert.True(result.Succeeded);
        Assert.Equal(stored.ToSnapshot(), reread.ToSnapshot());
        Assert.Empty(reread.PendingEvents);
    }

    [Fact]
    public void Vote_SameChoiceWithANewComment_RecordsTheComment()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol));

        change.Vote(Approvers.Carol, VoteChoice.Approve, "After reading the plan: yes.", By(Approvers.Carol, minutes: 30));

        Assert.Equal("After reading the plan: yes.", Assert.Single(change.Tally!.Votes).Comment);
        Assert.Equal("vote", change.PendingEvents[^1].Changes[0].Field);
    }

    [Fact]
    public void Vote_SameSnapshotSameVote_GivesTheSameResultEveryTime()
    {
        ChangeSnapshot snapshot = AChange().InState(ChangeState.Authorize).WithEventsStored().Build().ToSnapshot();
        Change first = Change.FromSnapshot(snapshot);
        Change second = Change.FromSnapshot(snapshot);

        first.Vote(Approvers.Carol, VoteChoice.Approve, "Yes.", By(Approvers.Carol));
        second.Vote(Approvers.Carol, VoteChoice.Approve, "Yes.", By(Approvers.Carol));

        AuditEvent a = Assert.Single(first.PendingEvents);
        AuditEvent b = Assert.Single(second.PendingEvents);
        Assert.Equal(a.Changes, b.Changes);
        Assert.Equal(a with { Changes = b.Changes }, b);
        Assert.Equal(first.Tally!.Votes, second.Tally!.Votes);
        Assert.Equal(first.ToSnapshot() with { Voting = null }, second.ToSnapshot() with { Voting = null });
    }

    [Fact]
    public void Vote_ApprovalOutOfReach_Rejects()
    {
        Change change = AChange().WithPolicies(NoVeto).WithEligibleApprovers(3).InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Reject, "No.", By(Approvers.Carol));
        ChangeState afterOne = change.State;

        change.Vote(Approvers.Dave, VoteChoice.Abstain, null, By(Approvers.Dave));

        Assert.Equal(ChangeState.Authorize, afterOne);
        Assert.Equal(ChangeState.Rejected, change.State);
        Assert.Equal(
            "0 approvals of the 2 needed, and the approvers yet to vote can no longer make up the difference.",
            change.PendingEvents[^1].Text);
    }

    [Fact]
    public void Tally_DuringTheVote_ListsWhoVotedHowAndTheCounts()
    {
        Change change = AChange().WithEligibleApprovers(3).InState(ChangeState.Authorize).Build();

        change.Vote(Approvers.Dave, VoteChoice.Abstain, "Away that week.", By(Approvers.Dave, minutes: 15));
        change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol, minutes: 25));

        VoteTally tally = change.Tally!;
        Assert.Equal(
            [
                new ChangeVote(Approvers.Dave.PrimaryIdentity, "Dave", VoteChoice.Abstain, "Away that week.", At(15)),
                new ChangeVote(Approvers.Carol.PrimaryIdentity, "Carol", VoteChoice.Approve, null, At(25)),
            ],
            tally.Votes);
        Assert.Equal(
            (1, 0, 1, 2, 1, (int?)1, true),
            (tally.Approvals, tally.Rejections, tally.Abstentions, tally.Quorum, tally.ApprovalsNeeded, tally.Outstanding, tally.CanStillPass));
    }

    [Theory]
    [InlineData(ChangeType.Normal, ChangeState.Draft)]
    [InlineData(ChangeType.Standard, ChangeState.Scheduled)]
    public void Tally_WithoutAVote_IsNull(ChangeType type, ChangeState state)
    {
        Change change = AChange().OfType(type).InState(state).Build();

        Assert.Null(change.Tally);
    }
}
