using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed partial class ChangeLifecycleTests
{
    [Theory]
    [InlineData(ChangeState.Draft, ChangeOperation.Revise, AuditActions.Revised, "title: Patch the mail relays -> Patch both mail relays", null)]
    [InlineData(ChangeState.Draft, ChangeOperation.Assign, AuditActions.Assigned, "assignee: null -> local:grace", "Grace")]
    [InlineData(ChangeState.Draft, ChangeOperation.Submit, AuditActions.Submitted, "state: Draft -> Authorize; approvers: null -> cab; quorum: null -> 2; deadline: null -> 2026-01-07T09:45:00.0000000+00:00", null)]
    [InlineData(ChangeState.Draft, ChangeOperation.Cancel, AuditActions.Canceled, "state: Draft -> Canceled", "Superseded by CHG-1002.")]
    [InlineData(ChangeState.Authorize, ChangeOperation.Assign, AuditActions.Assigned, "assignee: null -> local:grace", "Grace")]
    [InlineData(ChangeState.Authorize, ChangeOperation.Vote, AuditActions.Voted, "vote: null -> Approve; approver: null -> local:erin", "Fine by me.")]
    [InlineData(ChangeState.Authorize, ChangeOperation.Cancel, AuditActions.Canceled, "state: Authorize -> Canceled", "Superseded by CHG-1002.")]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Assign, AuditActions.Assigned, "assignee: null -> local:grace", "Grace")]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Start, AuditActions.Started, "state: Scheduled -> Implementing; assignee: null -> discord:175928847299117063", null)]
    [InlineData(ChangeState.Scheduled, ChangeOperation.Cancel, AuditActions.Canceled, "state: Scheduled -> Canceled", "Superseded by CHG-1002.")]
    [InlineData(ChangeState.Implementing, ChangeOperation.Assign, AuditActions.Assigned, "assignee: local:bob -> local:grace", "Grace")]
    [InlineData(ChangeState.Implementing, ChangeOperation.Complete, AuditActions.Completed, "state: Implementing -> Review", "Both relays patched.")]
    [InlineData(ChangeState.Implementing, ChangeOperation.Fail, AuditActions.Failed, "state: Implementing -> Failed", "Relay 2 did not come back.")]
    [InlineData(ChangeState.Review, ChangeOperation.Assign, AuditActions.Assigned, "assignee: local:bob -> local:grace", "Grace")]
    [InlineData(ChangeState.Review, ChangeOperation.Close, AuditActions.Closed, "state: Review -> Closed", "Lessons written up.")]
    [InlineData(ChangeState.Failed, ChangeOperation.Assign, AuditActions.Assigned, "assignee: local:bob -> local:grace", "Grace")]
    [InlineData(ChangeState.Failed, ChangeOperation.Review, AuditActions.ReviewStarted, "state: Failed -> Review", "Rolled back from the snapshots.")]
    public void Operation_AllowedInState_RecordsActionOldNewChangesAndText(
        ChangeState from, ChangeOperation operation, string action, string changes, string? text)
    {
        Change change = AChange().InState(from).WithEventsStored().Build();

        Apply(change, operation);

        AuditEvent appended = Assert.Single(change.PendingEvents);
        Assert.Equal(action, appended.Action);
        Assert.Equal(changes, Describe(appended.Changes));
        Assert.Equal(text, appended.Text);
    }

    [Fact]
    public void Operations_WholeLifecycle_NumberEventsFromOneWithoutGapsInOrder()
    {
        Change change = AChange().InState(ChangeState.Closed).Build();

        Assert.Equal(Enumerable.Range(1, 8), change.PendingEvents.Select(e => e.Sequence));
        Assert.Equal(
            [
                AuditActions.Drafted, AuditActions.Submitted, AuditActions.Voted, AuditActions.Voted, AuditActions.Approved,
                AuditActions.Started, AuditActions.Completed, AuditActions.Closed,
            ],
            change.PendingEvents.Select(e => e.Action));
        Assert.Equal(change.PendingEvents.Select(e => e.At).Order(), change.PendingEvents.Select(e => e.At));
    }

    [Fact]
    public void Operations_FailedPath_RecordsFailureThenReviewThenClose()
    {
        Change change = AChange().InState(ChangeState.Failed).WithEventsStored().Build();
        DateTimeOffset later = change.PlannedWindow.End;

        change.BeginReview("Rolled back.", AnActionContext().At(later).Build());
        change.Close("Vendor fix needed first.", AnActionContext().At(later + TimeSpan.FromHours(1)).Build());

        Assert.Equal([AuditActions.ReviewStarted, AuditActions.Closed], change.PendingEvents.Select(e => e.Action));
        Assert.Equal("Relay 2 did not come back.", change.ToSnapshot().FailureReason);
        Assert.Equal(ChangeState.Closed, change.State);
    }

    [Fact]
    public void Operations_RefusalsInBetween_LeaveNoGapInSequence()
    {
        Change change = AChange().Build();

        change.Start(Acting);
        change.Close(null, Acting);
        change.Vote(Approvers.Carol, VoteChoice.Approve, null, Acting);
        change.Submit(ApprovalPolicies.Default, [], null, Acting);

        Assert.Equal([1, 2], change.PendingEvents.Select(e => e.Sequence));
    }

    [Fact]
    public void Cancel_WithoutReason_RecordsNoText()
    {
        Change change = AChange().WithEventsStored().Build();

        change.Cancel("  ", Acting);

        Assert.Null(Assert.Single(change.PendingEvents).Text);
    }

    [Fact]
    public void Complete_WithoutNotes_RecordsNoText()
    {
        Change change = AChange().InState(ChangeState.Implementing).WithEventsStored().Build();

        change.Complete(null, Acting with { At = change.PlannedWindow.End });

        Assert.Null(Assert.Single(change.PendingEvents).Text);
    }

    private static string Describe(IReadOnlyList<FieldChange> changes) =>
        string.Join("; ", changes.Select(change => $"{change.Field}: {change.OldValue ?? "null"} -> {change.NewValue ?? "null"}"));
}
