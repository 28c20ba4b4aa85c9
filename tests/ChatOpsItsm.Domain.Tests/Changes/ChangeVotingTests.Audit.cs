using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed partial class ChangeVotingTests
{
    [Fact]
    public void Vote_First_RecordsWhoWhenWhereOldNewAndComment()
    {
        Change change = AChange().InState(ChangeState.Authorize).WithEventsStored().Build();

        change.Vote(Approvers.Carol, VoteChoice.Approve, "Rollback is tested.", By(Approvers.Carol));

        Assert.Equal(
            new AuditEvent(
                ChangeDraftDefaults.ChangeId, 3, At(20), Approvers.Carol.PrimaryIdentity, "Carol", "teams:19:cab@thread.tacv2",
                AuditActions.Voted, Assert.Single(change.PendingEvents).Changes, "Rollback is tested."),
            change.PendingEvents[0]);
        Assert.Equal(
            [new FieldChange("vote", null, "Approve"), new FieldChange("approver", null, "local:carol")],
            change.PendingEvents[0].Changes);
    }

    [Fact]
    public void Vote_Changed_RecordsTheOldChoice()
    {
        Change change = AChange().WithPolicies(NoVeto).InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Abstain, null, By(Approvers.Carol));
        change.MarkEventsStored();

        change.Vote(Approvers.Carol, VoteChoice.Reject, "Not yet.", By(Approvers.Carol, minutes: 30));

        AuditEvent vote = Assert.Single(change.PendingEvents);
        Assert.Equal(new FieldChange("vote", "Abstain", "Reject"), vote.Changes[0]);
        Assert.Equal("Not yet.", vote.Text);
    }

    [Fact]
    public void Vote_Deciding_RecordsTheVoteThenTheDecisionByTheSameActor()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();
        change.Vote(Approvers.Carol, VoteChoice.Approve, null, By(Approvers.Carol));
        change.MarkEventsStored();

        change.Vote(Approvers.Dave, VoteChoice.Approve, "Agreed.", By(Approvers.Dave, minutes: 30));

        Assert.Equal([AuditActions.Voted, AuditActions.Approved], change.PendingEvents.Select(e => e.Action));
        AuditEvent decision = change.PendingEvents[1];
        Assert.Equal(5, decision.Sequence);
        Assert.Equal(Approvers.Dave.PrimaryIdentity, decision.Actor);
        Assert.Equal(At(30), decision.At);
        Assert.Equal("2 approvals of the 2 needed.", decision.Text);
        Assert.Equal(
            [new FieldChange("state", "Authorize", "Scheduled"), new FieldChange("decision", null, "Approved")],
            decision.Changes);
    }

    [Fact]
    public void Vote_Veto_RecordsTheRejectionAndItsReason()
    {
        Change change = AChange().InState(ChangeState.Authorize).WithEventsStored().Build();

        change.Vote(Approvers.Erin, VoteChoice.Reject, "No tested rollback.", By(Approvers.Erin));

        Assert.Equal([AuditActions.Voted, AuditActions.Rejected], change.PendingEvents.Select(e => e.Action));
        Assert.Equal("No tested rollback.", change.PendingEvents[0].Text);
        Assert.Equal(
            [new FieldChange("state", "Authorize", "Rejected"), new FieldChange("decision", null, "Rejected")],
            change.PendingEvents[1].Changes);
    }
}
