using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

/// <summary>Casting votes and the decision they make. The default normal policy: cab, quorum 2, veto, 48 h.</summary>
public sealed partial class ChangeVotingTests
{
    private static readonly ApprovalPolicies NoVeto = ApprovalPolicies.Default.With(new Dictionary<ChangeType, ApprovalPolicy>
    {
        [ChangeType.Normal] = new(ApproverGroup.Cab, 2, vetoOnReject: false, TimeSpan.FromHours(48), DeadlineAction.Reject),
    });

    [Fact]
    public void Vote_FirstApprovalOfTwo_KeepsTheVoteOpen()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();

        DomainResult result = change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol));

        Assert.True(result.Succeeded);
        Assert.Equal(ChangeState.Authorize, change.State);
        Assert.Null(change.Voting!.Decision);
    }

    [Fact]
    public void Vote_SecondApprovalOfTwo_ApprovesAndSchedules()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol));

        change.Vote(Approvers.Dave, VoteChoice.Approve, null, By(Approvers.Dave, minutes: 30));

        Assert.Equal(ChangeState.Scheduled, change.State);
        Assert.Equal(ChangeDecision.Approved, change.Voting!.Decision);
        Assert.Equal(At(30), change.Voting.DecidedAt);
        Assert.Null(change.ToSnapshot().ClosedAt);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Vote_QuorumOfN_ApprovesExactlyAtTheNthApproval(int quorum)
    {
        Change change = AChange().WithPolicies(WithNormalQuorum(quorum)).InState(ChangeState.Authorize).Build();
        Person[] members = [.. Enumerable.Range(1, quorum).Select(i => Approvers.Member("local", $"cab{i}", $"Member {i}", ApproverGroup.Cab))];

        foreach (Person member in members[..^1])
        {
            change.Vote(member, VoteChoice.Approve, null, By(member));
        }

        ChangeState beforeLast = change.State;
        change.Vote(members[^1], VoteChoice.Approve, null, By(members[^1]));

        Assert.Equal(ChangeState.Authorize, beforeLast);
        Assert.Equal(ChangeState.Scheduled, change.State);
        Assert.Equal(quorum, change.Tally!.Approvals);
    }

    [Fact]
    public void Vote_RejectUnderVetoPolicy_RejectsAtOnceAndClosesTheChange()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol));

        change.Vote(Approvers.Dave, VoteChoice.Reject, "Clashes with the payroll run.", By(Approvers.Dave, minutes: 30));

        Assert.Equal(ChangeState.Rejected, change.State);
        Assert.Equal(ChangeDecision.Rejected, change.Voting!.Decision);
        Assert.Equal(At(30), change.ToSnapshot().ClosedAt);
        Assert.Equal("Dave rejected it, and one rejection is a veto.", change.PendingEvents[^1].Text);
    }

    [Fact]
    public void Vote_RejectWithoutVetoPolicy_KeepsTheVoteOpenAndApprovalsStillPass()
    {
        Change change = AChange().WithPolicies(NoVeto).InState(ChangeState.Authorize).Build();

        change.Vote(Approvers.Carol, VoteChoice.Reject, "I'd rather wait.", By(Approvers.Carol));
        ChangeState afterReject = change.State;
        change.Vote(Approvers.Dave, VoteChoice.Approve, null, By(Approvers.Dave));
        change.Vote(Approvers.Erin, VoteChoice.Approve, null, By(Approvers.Erin));

        Assert.Equal(ChangeState.Authorize, afterReject);
        Assert.Equal(ChangeState.Scheduled, change.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Vote_RejectWithoutReason_RefusedAndChangesNothing(string? reason)
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        ChangeSnapshot before = change.ToSnapshot();
        int events = change.PendingEvents.Count;

        DomainResult result = change.Vote(Approvers.Carol, VoteChoice.Reject, reason, By(Approvers.Carol));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The reason for rejecting is required."), result.Error);
        Assert.Equal(before, change.ToSnapshot());
        Assert.Equal(events, change.PendingEvents.Count);
    }

    [Fact]
    public void Vote_CommentTooLong_Refused()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();

        DomainResult result = change.Vote(Approvers.Carol, VoteChoice.Approve, new string('x', 1_001), By(Approvers.Carol));

        Assert.Equal(
            new DomainError(DomainErrorCodes.Validation, "The comment is 1001 characters long; the limit is 1000."),
            result.Error);
    }

    [Fact]
    public void Vote_UnknownChoice_Refused()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();

        DomainResult result = change.Vote(Approvers.Carol, (VoteChoice)7, null, By(Approvers.Carol));

        Assert.Equal(DomainErrorCodes.Validation, result.Error!.Code);
    }

    [Fact]
    public void Vote_NullArguments_Throw()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();

        Assert.Throws<ArgumentNullException>(() => change.Vote(null!, VoteChoice.Approve, null, By(Approvers.Carol)));
        Assert.Throws<ArgumentNullException>(() => change.Vote(Approvers.Carol, VoteChoice.Approve, null, null!));
    }

    private static ActionContext By(Person approver, int minutes = 20) =>
        new(approver.PrimaryIdentity, approver.DisplayName, "teams:19:cab@thread.tacv2", At(minutes));

    private static DateTimeOffset At(int minutes) => BuilderDefaults.Instant + TimeSpan.FromMinutes(minutes);

    private static ApprovalPolicies WithNormalQuorum(int quorum) => ApprovalPolicies.Default.With(new Dictionary<ChangeType, ApprovalPolicy>
    {
        [ChangeType.Normal] = new(ApproverGroup.Cab, quorum, vetoOnReject: true, TimeSpan.FromHours(48), DeadlineAction.Reject),
    });
}
