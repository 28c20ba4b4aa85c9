using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed partial class ChangeVotingTests
{
    [Fact]
    public void Vote_ByTheRequester_RefusedEvenOnTheCab()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.Vote(Approvers.AliceOnTheCab, VoteChoice.Approve, null, By(Approvers.AliceOnTheCab));

        Assert.Equal(new DomainError(DomainErrorCodes.NotPermitted, "You requested CHG-1001, so you can't vote on it."), result.Error);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void Vote_ByTheRequesterFromALinkedIdentity_Refused()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        Person aliceOnTeams = new(new UserIdentity("teams", "29:alice"), "Alice", [BuilderDefaults.Requester], [], [ApproverGroup.Cab]);

        DomainResult result = change.Vote(aliceOnTeams, VoteChoice.Approve, null, By(aliceOnTeams));

        Assert.Equal(DomainErrorCodes.NotPermitted, result.Error!.Code);
    }

    [Fact]
    public void Vote_ByAnAdminOutsideTheGroup_RefusedNamingTheGroup()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.Vote(Approvers.Olivia, VoteChoice.Approve, null, By(Approvers.Olivia));

        Assert.Equal(
            new DomainError(DomainErrorCodes.NotPermitted, "Only members of the cab approver group can vote on CHG-1001."),
            result.Error);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void Vote_ByAnEcabMemberOnANormalChange_Refused()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();

        DomainResult result = change.Vote(Approvers.Frank, VoteChoice.Approve, null, By(Approvers.Frank));

        Assert.Equal(DomainErrorCodes.NotPermitted, result.Error!.Code);
    }

    [Fact]
    public void Vote_ByACabMemberOnAnEmergencyChange_RefusedNamingEcab()
    {
        Change change = AChange().OfType(ChangeType.Emergency).InState(ChangeState.Authorize).Build();

        DomainResult result = change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol));

        Assert.Equal("Only members of the ecab approver group can vote on CHG-1001.", result.Error!.Message);
    }

    [Fact]
    public void Vote_EmergencyChange_OneEcabApprovalSchedulesIt()
    {
        Change change = AChange().OfType(ChangeType.Emergency).InState(ChangeState.Authorize).Build();

        change.Vote(Approvers.Frank, VoteChoice.Approve, "Go ahead.", By(Approvers.Frank));

        Assert.Equal(ChangeState.Scheduled, change.State);
        Assert.Equal(ChangeDecision.Approved, change.Voting!.Decision);
    }

    [Fact]
    public void Vote_OnAStandardChange_RefusedAsPreApproved()
    {
        Change change = AChange().OfType(ChangeType.Standard).InState(ChangeState.Scheduled).Build();

        DomainResult result = change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol));

        Assert.Equal(
            new DomainError(
                DomainErrorCodes.InvalidTransition,
                "CHG-1001 is Scheduled, so it can't be voted on: a standard change is pre-approved."),
            result.Error);
    }

    [Fact]
    public void Vote_AfterApproval_RefusedAsClosed()
    {
        Change change = AChange().InState(ChangeState.Scheduled).Build();
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.Vote(Approvers.Erin, VoteChoice.Reject, "Too late?", By(Approvers.Erin, minutes: 40));

        Assert.Equal(new DomainError(DomainErrorCodes.VotingClosed, "The vote on CHG-1001 is closed: approved."), result.Error);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void Vote_ChangingAVoteAfterTheDecision_RefusedAsClosed()
    {
        Change change = AChange().InState(ChangeState.Scheduled).Build();

        DomainResult result = change.Vote(Approvers.Dave, VoteChoice.Abstain, null, By(Approvers.Dave, minutes: 40));

        Assert.Equal(DomainErrorCodes.VotingClosed, result.Error!.Code);
    }

    [Fact]
    public void Vote_AtTheDeadline_RefusedUntilTheDeadlineIsApplied()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        DateTimeOffset deadline = change.Voting!.Deadline;

        DomainResult result = change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol) with { At = deadline });

        Assert.Equal(
            new DomainError(DomainErrorCodes.VotingClosed, "Voting on CHG-1001 ended at 2026-01-07 09:00 UTC; the decision is on its way."),
            result.Error);
        Assert.Empty(change.Tally!.Votes);
    }

    [Fact]
    public void Vote_JustBeforeTheDeadline_Counts()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        DateTimeOffset deadline = change.Voting!.Deadline;

        DomainResult result = change.Vote(
            Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol) with { At = deadline - TimeSpan.FromTicks(1) });

        Assert.True(result.Succeeded);
    }
}
