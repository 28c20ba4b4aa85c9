using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

/// <summary>What the voting-deadline timer does: normal changes are rejected, emergency ones escalated once.</summary>
public sealed class ChangeDeadlineTests
{
    private static readonly UserIdentity Timer = new("system", "itsm");

    [Fact]
    public void ApplyVotingDeadline_RejectPolicy_RejectsWithTheStandingCount()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol, change.Voting!.OpenedAt));
        change.MarkEventsStored();
        DateTimeOffset deadline = change.Voting.Deadline;

        DomainResult result = change.ApplyVotingDeadline(AtTime(deadline));

        Assert.True(result.Succeeded);
        Assert.Equal(ChangeState.Rejected, change.State);
        Assert.Equal(ChangeDecision.Rejected, change.Voting!.Decision);
        Assert.Equal(deadline, change.ToSnapshot().ClosedAt);
        AuditEvent rejected = Assert.Single(change.PendingEvents);
        Assert.Equal(AuditActions.Rejected, rejected.Action);
        Assert.Equal(Timer, rejected.Actor);
        Assert.Equal("No decision by 2026-01-07 09:00 UTC (1 approval of the 2 needed).", rejected.Text);
    }

    [Fact]
    public void ApplyVotingDeadline_EscalatePolicy_StaysInAuthorizeFlaggedWithOneMorePeriod()
    {
        Change change = AChange().OfType(ChangeType.Emergency).InState(ChangeState.Authorize).WithEventsStored().Build();
        DateTimeOffset deadline = change.Voting!.Deadline;

        DomainResult result = change.ApplyVotingDeadline(AtTime(deadline));

        Assert.True(result.Succeeded);
        Assert.Equal(ChangeState.Authorize, change.State);
        Assert.True(change.Voting!.IsEscalated);
        Assert.Equal(deadline + TimeSpan.FromHours(4), change.Voting.Deadline);
        Assert.Null(change.Voting.Decision);
        AuditEvent escalated = Assert.Single(change.PendingEvents);
        Assert.Equal(AuditActions.Escalated, escalated.Action);
        Assert.Equal(
            [
                new FieldChange("escalated", "false", "true"),
                new FieldChange("deadline", "2026-01-05T13:00:00.0000000+00:00", "2026-01-05T17:00:00.0000000+00:00"),
            ],
            escalated.Changes);
        Assert.Equal(
            "No decision by 2026-01-05 13:00 UTC (0 approvals of the 1 needed); the vote is open until 2026-01-05 17:00 UTC.",
            escalated.Text);
    }

    [Fact]
    public void ApplyVotingDeadline_Escalated_VotesStillCountUntilTheExtendedDeadline()
    {
        Change change = AChange().OfType(ChangeType.Emergency).InState(ChangeState.Authorize).Build();
        DateTimeOffset deadline = change.Voting!.Deadline;
        change.ApplyVotingDeadline(AtTime(deadline));

        DomainResult result = change.Vote(Approvers.Frank, VoteChoice.Approve, null, By(Approvers.Frank, deadline + TimeSpan.FromHours(1)));

        Assert.True(result.Succeeded);
        Assert.Equal(ChangeState.Scheduled, change.State);
    }

    [Fact]
    public void ApplyVotingDeadline_ExtendedDeadlinePassed_Rejects()
    {
        Change change = AChange().OfType(ChangeType.Emergency).InState(ChangeState.Authorize).Build();
        change.ApplyVotingDeadline(AtTime(change.Voting!.Deadline));

        change.ApplyVotingDeadline(AtTime(change.Voting!.Deadline));

        Assert.Equal(ChangeState.Rejected, change.State);
        Assert.Equal(1, change.Voting!.Escalations);
    }

    [Fact]
    public void ApplyVotingDeadline_TimerLeftFromBeforeTheEscalation_ChangesNothing()
    {
        Change change = AChange().OfType(ChangeType.Emergency).InState(ChangeState.Authorize).Build();
        DateTimeOffset first = change.Voting!.Deadline;
        change.ApplyVotingDeadline(AtTime(first));
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.ApplyVotingDeadline(AtTime(first + TimeSpan.FromSeconds(5)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.Unchanged, "The vote on CHG-1001 runs until 2026-01-05 17:00 UTC."),
            result.Error);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void ApplyVotingDeadline_BeforeTheDeadline_ChangesNothing()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.ApplyVotingDeadline(AtTime(change.Voting!.Deadline - TimeSpan.FromTicks(1)));

        Assert.Equal(DomainErrorCodes.Unchanged, result.Error!.Code);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Theory]
    [InlineData(ChangeState.Scheduled)]
    [InlineData(ChangeState.Rejected)]
    [InlineData(ChangeState.Canceled)]
    [InlineData(ChangeState.Draft)]
    public void ApplyVotingDeadline_NoOpenVote_RefusedAndChangesNothing(ChangeState state)
    {
        Change change = AChange().InState(state).Build();
        ChangeSnapshot before = change.ToSnapshot();

        DomainResult result = change.ApplyVotingDeadline(AtTime(ChangeDraftDefaults.PlannedEnd + TimeSpan.FromDays(10)));

        Assert.Equal(DomainErrorCodes.InvalidTransition, result.Error!.Code);
        Assert.Equal(before, change.ToSnapshot());
    }

    [Fact]
    public void ApplyVotingDeadline_EscalatingNormalPolicy_EscalatesByFortyEightHours()
    {
        ApprovalPolicies escalating = ApprovalPolicies.Default.With(new Dictionary<ChangeType, ApprovalPolicy>
        {
            [ChangeType.Normal] = new(ApproverGroup.Cab, 2, vetoOnReject: true, TimeSpan.FromHours(48), DeadlineAction.Escalate),
        });
        Change change = AChange().WithPolicies(escalating).InState(ChangeState.Authorize).Build();
        DateTimeOffset deadline = change.Voting!.Deadline;

        change.ApplyVotingDeadline(AtTime(deadline + TimeSpan.FromMinutes(1)));

        Assert.Equal(deadline + TimeSpan.FromHours(48), change.Voting!.Deadline);
    }

    private static ActionContext AtTime(DateTimeOffset at) => new(Timer, "ITSM bot", "system:timers", at);

    private static ActionContext By(Person approver, DateTimeOffset at) =>
        new(approver.PrimaryIdentity, approver.DisplayName, "local:cab", at);
}
