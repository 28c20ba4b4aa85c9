using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed partial class ChangeLifecycleTests
{
    [Theory]
    [InlineData(ChangeState.Draft, ChangeOperation.Start, "CHG-1001 is a Draft, so it can't be started: submit it first.")]
    [InlineData(ChangeState.Authorize, ChangeOperation.Start, "CHG-1001 is in Authorize, so it can't be started: wait for the vote.")]
    [InlineData(ChangeState.Draft, ChangeOperation.Vote, "CHG-1001 is a Draft, so it can't be voted on: submit it first.")]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Complete, "CHG-1001 is Scheduled, so it can't be completed: start it first.")]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Fail, "CHG-1001 is Scheduled, so it can't be marked failed: start it first.")]
    [InlineData(ChangeState.Implementing, ChangeOperation.Cancel, "CHG-1001 is Implementing, so it can't be canceled: complete it or mark it failed.")]
    [InlineData(ChangeState.Implementing, ChangeOperation.Close, "CHG-1001 is Implementing, so it can't be closed: complete it or mark it failed first.")]
    [InlineData(ChangeState.Failed, ChangeOperation.Close, "CHG-1001 is Failed, so it can't be closed: review it first.")]
    [InlineData(ChangeState.Authorize, ChangeOperation.Revise, "CHG-1001 is in Authorize, so it can't be revised: cancel it and raise a new one.")]
    [InlineData(ChangeState.Review, ChangeOperation.Revise, "CHG-1001 is in Review, so it can't be revised.")]
    [InlineData(ChangeState.Authorize, ChangeOperation.Submit, "CHG-1001 is in Authorize, so it can't be submitted.")]
    [InlineData(ChangeState.Rejected, ChangeOperation.Vote, "The vote on CHG-1001 is closed: rejected.")]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Vote, "The vote on CHG-1001 is closed: approved.")]
    [InlineData(ChangeState.Canceled, ChangeOperation.Vote, "CHG-1001 is Canceled, so it can't be voted on.")]
    public void Operation_RefusedInState_MessageSaysWhatToDoInstead(ChangeState from, ChangeOperation operation, string message)
    {
        Change change = AChange().InState(from).Build();

        DomainResult result = Apply(change, operation);

        Assert.Equal(message, result.Error!.Message);
    }

    [Fact]
    public void Start_BeforePlannedStart_RefusedAsScheduleConflictAndChangesNothing()
    {
        Change change = AChange().InState(ChangeState.Scheduled).Build();
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.Start(Acting with { At = change.PlannedWindow.Start - TimeSpan.FromSeconds(1) });

        Assert.Equal(
            new DomainError(
                DomainErrorCodes.ScheduleConflict,
                "CHG-1001 is approved for 2026-01-05 10:00 UTC to 2026-01-05 12:00 UTC, so it can't start before then."),
            result.Error);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void Start_AfterPlannedEnd_IsAllowedAndRecordsTheActualStart()
    {
        Change change = AChange().InState(ChangeState.Scheduled).Build();
        DateTimeOffset late = change.PlannedWindow.End + TimeSpan.FromHours(1);

        DomainResult result = change.Start(Acting with { At = late });

        Assert.True(result.Succeeded);
        Assert.Equal(late, change.ToSnapshot().StartedAt);
    }

    [Fact]
    public void Start_WithAnImplementer_KeepsThem()
    {
        Change change = AChange().InState(ChangeState.Scheduled).Build();
        change.Assign(Grace, "Grace", Acting);

        change.Start(ContextFor(change, ChangeOperation.Start));

        Assert.Equal(Grace, change.Assignee);
        Assert.Equal("state: Scheduled -> Implementing", Describe(change.PendingEvents[^1].Changes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Fail_WithoutReason_RefusedAndChangesNothing(string reason)
    {
        Change change = AChange().InState(ChangeState.Implementing).Build();
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.Fail(reason, Acting);

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The reason is required."), result.Error);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void Complete_Implementing_RecordsEndedAtAndNoFailure()
    {
        Change change = AChange().InState(ChangeState.Implementing).Build();
        DateTimeOffset at = change.PlannedWindow.End;

        change.Complete("Done.", Acting with { At = at });

        Assert.Equal(at, change.ToSnapshot().EndedAt);
        Assert.Null(change.ToSnapshot().FailureReason);
        Assert.Null(change.ToSnapshot().ClosedAt);
    }

    [Theory]
    [InlineData(ChangeState.Draft)]
    [InlineData(ChangeState.Authorize)]
    [InlineData(ChangeState.Scheduled)]
    public void Cancel_Cancelable_RecordsClosedAt(ChangeState from)
    {
        Change change = AChange().InState(from).Build();

        change.Cancel(null, Acting);

        Assert.Equal(Acting.At, change.ToSnapshot().ClosedAt);
    }

    [Fact]
    public void Cancel_DuringTheVote_KeepsTheVotesWithoutADecision()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Approve, null, Acting);

        change.Cancel("Withdrawn.", Acting);

        Assert.Null(change.Voting!.Decision);
        Assert.Single(change.Tally!.Votes);
    }

    [Fact]
    public void Close_Review_RecordsClosedAt()
    {
        Change change = AChange().InState(ChangeState.Review).Build();

        change.Close(null, Acting with { At = Later });

        Assert.Equal(Later, change.ToSnapshot().ClosedAt);
    }

    [Fact]
    public void Assign_CurrentAssignee_RefusedAsUnchanged()
    {
        Change change = AChange().InState(ChangeState.Implementing).Build();

        DomainResult result = change.Assign(BuilderDefaults.Agent, "Robert", Acting);

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "CHG-1001 is already assigned to Bob."), result.Error);
    }

    [Fact]
    public void Assign_BlankName_UsesTheIdentityId()
    {
        Change change = AChange().Build();

        change.Assign(Grace, " \u0007 ", Acting);

        Assert.Equal("grace", change.AssigneeName);
    }

    private static DateTimeOffset Later => BuilderDefaults.Instant + TimeSpan.FromDays(1);
}
