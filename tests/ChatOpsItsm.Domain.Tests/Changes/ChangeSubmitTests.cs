using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

/// <summary>Draft → Authorize (or Scheduled): the type's policy, the planned start, freeze windows, the group's size.</summary>
public sealed class ChangeSubmitTests
{
    private static readonly ActionContext Submitting = AnActionContext().At(BuilderDefaults.Instant + TimeSpan.FromMinutes(5)).Build();

    /// <summary>The default change runs 10:00 to 12:00 on 2026-01-05.</summary>
    private static readonly DateTimeOffset Start = ChangeDraftDefaults.PlannedStart;

    [Fact]
    public void Submit_Normal_OpensTheVoteUnderTheCabPolicy()
    {
        Change change = AChange().Build();

        DomainResult result = change.Submit(ApprovalPolicies.Default, [], 4, Submitting);

        Assert.True(result.Succeeded);
        Assert.Equal(ChangeState.Authorize, change.State);
        ChangeVoting voting = change.Voting!;
        Assert.Equal(ApprovalPolicies.Default.For(ChangeType.Normal), voting.Policy);
        Assert.Equal(4, voting.EligibleApprovers);
        Assert.Equal(Submitting.At, voting.OpenedAt);
        Assert.Equal(Submitting.At + TimeSpan.FromHours(48), voting.Deadline);
        Assert.Empty(voting.Votes);
        Assert.Equal(Submitting.At, change.ToSnapshot().SubmittedAt);
    }

    [Fact]
    public void Submit_Emergency_OpensAFourHourEcabVoteWithQuorumOne()
    {
        Change change = AChange().OfType(ChangeType.Emergency).Build();

        change.Submit(ApprovalPolicies.Default, [], null, Submitting);

        Assert.Equal(ApproverGroup.Ecab, change.Voting!.Policy.Group);
        Assert.Equal(1, change.Voting.Policy.Quorum);
        Assert.Equal(Submitting.At + TimeSpan.FromHours(4), change.Voting.Deadline);
    }

    [Fact]
    public void Submit_Standard_SchedulesWithoutAVote()
    {
        Change change = AChange().OfType(ChangeType.Standard).WithEventsStored().Build();

        DomainResult result = change.Submit(ApprovalPolicies.Default, [], null, Submitting);

        Assert.True(result.Succeeded);
        Assert.Equal(ChangeState.Scheduled, change.State);
        Assert.Null(change.Voting);
        AuditEvent submitted = Assert.Single(change.PendingEvents);
        Assert.Equal([new FieldChange("state", "Draft", "Scheduled")], submitted.Changes);
        Assert.Equal("Standard change from the pre-approved template relay-patch: no vote needed.", submitted.Text);
    }

    [Fact]
    public void Submit_PlannedStartPassed_RefusedAndChangesNothing()
    {
        Change change = AChange().Build();
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.Submit(ApprovalPolicies.Default, [], null, Submitting with { At = Start + TimeSpan.FromTicks(1) });

        Assert.Equal(
            new DomainError(
                DomainErrorCodes.ScheduleConflict,
                "CHG-1001 is planned to start at 2026-01-05 10:00 UTC, which has passed: reschedule it, then submit it."),
            result.Error);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void Submit_PlannedStartIsNow_Accepted()
    {
        Change change = AChange().OfType(ChangeType.Emergency).Build();

        DomainResult result = change.Submit(ApprovalPolicies.Default, [], null, Submitting with { At = Start });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(ChangeType.Normal)]
    [InlineData(ChangeType.Standard)]
    public void Submit_OverlapsAFreeze_RefusedWithTheFreezeAndItsReason(ChangeType type)
    {
        Change change = AChange().OfType(type).Build();
        ChangeSnapshot before = change.ToSnapshot();
        FreezeWindow freeze = Freeze(Start + TimeSpan.FromHours(1), Start + TimeSpan.FromDays(2), "Quarter-end close.");

        DomainResult result = change.Submit(ApprovalPolicies.Default, [freeze], null, Submitting);

        Assert.Equal(
            new DomainError(
                DomainErrorCodes.ScheduleConflict,
                "CHG-1001 is planned during the finance freeze (2026-01-05 11:00 UTC to 2026-01-07 10:00 UTC): Quarter-end close."
                + " Only emergency changes may run then; reschedule it."),
            result.Error);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void Submit_FreezeWithoutReason_MessageLeavesItOut()
    {
        Change change = AChange().Build();

        DomainResult result = change.Submit(ApprovalPolicies.Default, [Freeze(Start, Start + TimeSpan.FromHours(1), " ")], null, Submitting);

        Assert.Equal(
            "CHG-1001 is planned during the finance freeze (2026-01-05 10:00 UTC to 2026-01-05 11:00 UTC). Only emergency changes may run then; reschedule it.",
            result.Error!.Message);
    }

    [Fact]
    public void Submit_EmergencyDuringAFreeze_Accepted()
    {
        Change change = AChange().OfType(ChangeType.Emergency).Build();

        DomainResult result = change.Submit(ApprovalPolicies.Default, [Freeze(Start, Start + TimeSpan.FromDays(1), "Launch.")], null, Submitting);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(-3, 0)]
    [InlineData(2, 4)]
    public void Submit_FreezeOnlyTouchingTheWindow_Accepted(int freezeStartHours, int freezeEndHours)
    {
        Change change = AChange().Build();
        FreezeWindow touching = Freeze(
            BuilderDefaults.Instant + TimeSpan.FromHours(1 + freezeStartHours), BuilderDefaults.Instant + TimeSpan.FromHours(1 + freezeEndHours), "");

        DomainResult result = change.Submit(ApprovalPolicies.Default, [touching], null, Submitting);

        Assert.True(result.Succeeded, result.Error?.Message);
    }

    [Theory]
    [InlineData(0, "0 members")]
    [InlineData(1, "1 member")]
    public void Submit_GroupTooSmallForTheQuorum_RefusedAndChangesNothing(int eligible, string members)
    {
        Change change = AChange().Build();
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.Submit(ApprovalPolicies.Default, [], eligible, Submitting);

        Assert.Equal(
            new DomainError(
                DomainErrorCodes.InvalidTransition,
                $"CHG-1001 can't be submitted: {members} of cab may vote on it and approval needs 2. Ask an admin to add approvers."),
            result.Error);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void Submit_GroupExactlyTheQuorum_Accepted()
    {
        Change change = AChange().Build();

        DomainResult result = change.Submit(ApprovalPolicies.Default, [], 2, Submitting);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Submit_NegativeGroupSize_Throws()
    {
        Change change = AChange().Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => change.Submit(ApprovalPolicies.Default, [], -1, Submitting));
    }

    [Fact]
    public void Submit_PolicyChangedAfterwards_VoteKeepsThePolicyItOpenedWith()
    {
        Change change = AChange().Build();
        change.Submit(ApprovalPolicies.Default, [], null, Submitting);

        Change reread = Change.FromSnapshot(change.ToSnapshot());
        reread.Vote(Approvers.Carol, VoteChoice.Approve, null, Submitting with { Actor = Approvers.Carol.PrimaryIdentity });

        Assert.Equal(2, reread.Voting!.Policy.Quorum);
        Assert.Equal(ChangeState.Authorize, reread.State);
    }

    private static FreezeWindow Freeze(DateTimeOffset start, DateTimeOffset end, string reason) =>
        new("finance freeze", new ChangeWindow(start, end), reason);
}
