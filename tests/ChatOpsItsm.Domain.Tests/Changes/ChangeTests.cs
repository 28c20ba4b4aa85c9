using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;
using static ChatOpsItsm.TestSupport.Builders.ChangeDraftBuilder;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed class ChangeTests
{
    private static readonly ActionContext Raising =
        AnActionContext().By(BuilderDefaults.Requester, "Alice").InChannel("discord:4242").Build();

    [Fact]
    public void Create_ValidDraft_OpensADraftWithTheDraftValues()
    {
        ChangeDraft draft = AChangeDraft().OfType(ChangeType.Emergency).WithRisk(ChangeRisk.High).WithImpact(Impact.Low).Build();

        (Change? change, IReadOnlyList<DomainError> errors) = Change.Create(ChangeDraftDefaults.ChangeId, draft, Raising);

        Assert.Empty(errors);
        Assert.NotNull(change);
        Assert.Equal(ChangeState.Draft, change.State);
        Assert.Equal(
            ("Patch the mail relays", "Security update KB-42.", ChangeType.Emergency, ChangeRisk.High, Impact.Low, "mail"),
            (change.Title, change.Description, change.Type, change.Risk, change.Impact, change.Service));
        Assert.Equal(new ChangeWindow(ChangeDraftDefaults.PlannedStart, ChangeDraftDefaults.PlannedEnd), change.PlannedWindow);
        Assert.Equal("Drain relay 1, patch, restore; then relay 2.", change.ImplementationPlan);
        Assert.Equal("Restore the VM snapshots taken before patching.", change.RollbackPlan);
        Assert.Null(change.TemplateName);
        Assert.Null(change.Assignee);
        Assert.Null(change.Voting);
    }

    [Fact]
    public void Create_ValidDraft_RecordsRequesterChannelAndTimes()
    {
        (Change? change, _) = Change.Create(ChangeDraftDefaults.ChangeId, AChangeDraft().Build(), Raising);

        ChangeSnapshot snapshot = change!.ToSnapshot();
        Assert.Equal((BuilderDefaults.Requester, "Alice", "discord:4242"), (snapshot.Requester, snapshot.RequesterName, snapshot.Channel));
        Assert.Equal((BuilderDefaults.Instant, BuilderDefaults.Instant), (snapshot.CreatedAt, snapshot.UpdatedAt));
        Assert.Null(snapshot.SubmittedAt);
        Assert.Null(snapshot.StartedAt);
        Assert.Null(snapshot.EndedAt);
        Assert.Null(snapshot.ClosedAt);
        Assert.Equal(1, snapshot.EventCount);
    }

    [Fact]
    public void Create_ValidDraft_AppendsDraftedEventAsSequenceOne()
    {
        (Change? change, _) = Change.Create(ChangeDraftDefaults.ChangeId, AChangeDraft().Build(), Raising);

        AuditEvent drafted = Assert.Single(change!.PendingEvents);
        Assert.Equal(
            new AuditEvent(ChangeDraftDefaults.ChangeId, 1, BuilderDefaults.Instant, BuilderDefaults.Requester, "Alice", "discord:4242",
                AuditActions.Drafted, drafted.Changes, null),
            drafted);
        Assert.Equal(
            [
                new FieldChange("state", null, "Draft"),
                new FieldChange("type", null, "Normal"),
                new FieldChange("risk", null, "Medium"),
                new FieldChange("title", null, "Patch the mail relays"),
                new FieldChange("service", null, "mail"),
                new FieldChange("start", null, "2026-01-05T10:00:00.0000000+00:00"),
                new FieldChange("end", null, "2026-01-05T12:00:00.0000000+00:00"),
            ],
            drafted.Changes);
    }

    [Fact]
    public void Create_TextWithControlCharacters_StoresNormalisedText()
    {
        ChangeDraft draft = AChangeDraft().WithTitle("  Patch\u0000 relays\nnow ").WithService("m\u0007ail ")
            .WithRollbackPlan("step one\r\nstep\u001b two").OfType(ChangeType.Standard).FromTemplate(" relay-patch ").Build();

        (Change? change, _) = Change.Create(ChangeDraftDefaults.ChangeId, draft, Raising);

        Assert.Equal(("Patch relays now", "mail", "step one\nstep two", "relay-patch"),
            (change!.Title, change.Service, change.RollbackPlan, change.TemplateName));
    }

    [Fact]
    public void Create_InvalidDraft_ReturnsErrorsAndNoChange()
    {
        (Change? change, IReadOnlyList<DomainError> errors) =
            Change.Create(ChangeDraftDefaults.ChangeId, AChangeDraft().WithService("").WithRollbackPlan(null).Build(), Raising);

        Assert.Null(change);
        Assert.Equal(["The service is required.", "The rollback plan is required."], errors.Select(error => error.Message));
    }

    [Theory]
    [InlineData("INC-1001")]
    [InlineData("REQ-1001")]
    public void Create_NonChangeId_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => Change.Create(TicketId.Parse(id), AChangeDraft().Build(), Raising));
    }

    [Fact]
    public void Create_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Change.Create(ChangeDraftDefaults.ChangeId, null!, Raising));
        Assert.Throws<ArgumentNullException>(() => Change.Create(ChangeDraftDefaults.ChangeId, AChangeDraft().Build(), null!));
    }

    [Theory]
    [InlineData(ChangeState.Draft)]
    [InlineData(ChangeState.Authorize)]
    [InlineData(ChangeState.Scheduled)]
    [InlineData(ChangeState.Implementing)]
    [InlineData(ChangeState.Review)]
    [InlineData(ChangeState.Closed)]
    [InlineData(ChangeState.Rejected)]
    [InlineData(ChangeState.Failed)]
    [InlineData(ChangeState.Canceled)]
    public void FromSnapshot_ToSnapshotOfAnyState_RestoresEqualChange(ChangeState state)
    {
        ChangeSnapshot snapshot = AChange().InState(state).Build().ToSnapshot();

        Change restored = Change.FromSnapshot(snapshot);

        Assert.Equal(snapshot, restored.ToSnapshot());
        Assert.Empty(restored.PendingEvents);
    }

    [Fact]
    public void FromSnapshot_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Change.FromSnapshot(null!));
    }

    [Fact]
    public void FromSnapshot_NextChange_ContinuesTheSequence()
    {
        ChangeSnapshot stored = AChange().InState(ChangeState.Authorize).Build().ToSnapshot();
        Change loaded = Change.FromSnapshot(stored);

        loaded.Cancel(null, AnActionContext().Build());

        Assert.Equal(stored.EventCount + 1, Assert.Single(loaded.PendingEvents).Sequence);
    }

    [Fact]
    public void MarkEventsStored_AfterChanges_ClearsPendingAndKeepsCounting()
    {
        Change change = AChange().InState(ChangeState.Authorize).Build();

        change.MarkEventsStored();
        change.Cancel(null, AnActionContext().Build());

        Assert.Equal(3, Assert.Single(change.PendingEvents).Sequence);
    }
}
