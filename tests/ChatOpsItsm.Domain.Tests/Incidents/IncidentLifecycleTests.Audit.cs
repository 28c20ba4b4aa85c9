using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed partial class IncidentLifecycleTests
{
    [Theory]
    [InlineData(IncidentState.New, IncidentOperation.Assign, AuditActions.Assigned, "assignee: null -> local:carol; state: New -> In Progress", "Carol")]
    [InlineData(IncidentState.New, IncidentOperation.Note, AuditActions.NoteAdded, "", "Checked the cables.")]
    [InlineData(IncidentState.New, IncidentOperation.Cancel, AuditActions.Canceled, "state: New -> Canceled", "Duplicate of INC-1002.")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Assign, AuditActions.Assigned, "assignee: local:bob -> local:carol", "Carol")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Note, AuditActions.NoteAdded, "", "Checked the cables.")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Hold, AuditActions.PutOnHold, "state: In Progress -> On Hold; holdReason: null -> AwaitingRequester", "Asked for a screenshot.")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Resolve, AuditActions.Resolved, "state: In Progress -> Resolved", "Replaced the fuser.")]
    [InlineData(IncidentState.InProgress, IncidentOperation.Cancel, AuditActions.Canceled, "state: In Progress -> Canceled", "Duplicate of INC-1002.")]
    [InlineData(IncidentState.OnHold, IncidentOperation.Assign, AuditActions.Assigned, "assignee: local:bob -> local:carol", "Carol")]
    [InlineData(IncidentState.OnHold, IncidentOperation.Note, AuditActions.NoteAdded, "", "Checked the cables.")]
    [InlineData(IncidentState.OnHold, IncidentOperation.Resume, AuditActions.Resumed, "state: On Hold -> In Progress; holdReason: AwaitingVendor -> null", null)]
    [InlineData(IncidentState.OnHold, IncidentOperation.Resolve, AuditActions.Resolved, "state: On Hold -> Resolved; holdReason: AwaitingVendor -> null", "Replaced the fuser.")]
    [InlineData(IncidentState.OnHold, IncidentOperation.Cancel, AuditActions.Canceled, "state: On Hold -> Canceled; holdReason: AwaitingVendor -> null", "Duplicate of INC-1002.")]
    [InlineData(IncidentState.Resolved, IncidentOperation.Note, AuditActions.NoteAdded, "", "Checked the cables.")]
    [InlineData(IncidentState.Resolved, IncidentOperation.Close, AuditActions.Closed, "state: Resolved -> Closed", null)]
    [InlineData(IncidentState.Resolved, IncidentOperation.Reopen, AuditActions.Reopened, "state: Resolved -> In Progress", "Still smoking.")]
    public void Operation_AllowedInState_RecordsActionOldNewChangesAndText(
        IncidentState from, IncidentOperation operation, string action, string changes, string? text)
    {
        Incident incident = AnIncident().InState(from).WithEventsStored().Build();

        Apply(incident, operation, Acting);

        AuditEvent appended = Assert.Single(incident.PendingEvents);
        Assert.Equal(action, appended.Action);
        Assert.Equal(changes, Describe(appended.Changes));
        Assert.Equal(text, appended.Text);
    }

    [Fact]
    public void Operations_WholeLifecycle_NumberEventsFromOneWithoutGaps()
    {
        Incident incident = AnIncident().Build();
        DateTimeOffset at = BuilderDefaults.Instant;
        ActionContext Next() => AnActionContext().At(at += TimeSpan.FromMinutes(10)).Build();

        incident.Assign(BuilderDefaults.Agent, "Bob", Next());
        incident.AddNote("Looking.", Next());
        incident.PutOnHold(HoldReason.AwaitingRequester, "", Next());
        incident.Resume(Next());
        incident.Assign(Carol, "Carol", Next());
        incident.Resolve("Fixed.", Next());
        incident.Reopen("Not fixed.", Next());
        incident.Resolve("Fixed for real.", Next());
        incident.Close(Next());

        Assert.Equal(Enumerable.Range(1, 10), incident.PendingEvents.Select(e => e.Sequence));
        Assert.Equal(
            [
                AuditActions.Reported, AuditActions.Assigned, AuditActions.NoteAdded, AuditActions.PutOnHold,
                AuditActions.Resumed, AuditActions.Assigned, AuditActions.Resolved, AuditActions.Reopened,
                AuditActions.Resolved, AuditActions.Closed,
            ],
            incident.PendingEvents.Select(e => e.Action));
        Assert.Equal(incident.PendingEvents.Select(e => e.At).Order(), incident.PendingEvents.Select(e => e.At));
    }

    [Fact]
    public void Operations_RefusalsInBetween_LeaveNoGapInSequence()
    {
        Incident incident = AnIncident().Build();

        incident.Close(Acting);
        incident.Assign(BuilderDefaults.Agent, "Bob", Acting);
        incident.Resume(Acting);
        incident.AddNote("", Acting);
        incident.AddNote("Looking.", Acting);

        Assert.Equal([1, 2, 3], incident.PendingEvents.Select(e => e.Sequence));
    }

    [Fact]
    public void PutOnHold_WithoutText_RecordsNoText()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();

        incident.PutOnHold(HoldReason.AwaitingVendor, "  ", Acting);

        AuditEvent hold = Assert.Single(incident.PendingEvents);
        Assert.Null(hold.Text);
        Assert.Equal("state: In Progress -> On Hold; holdReason: null -> AwaitingVendor", Describe(hold.Changes));
    }

    [Fact]
    public void Cancel_WithoutReason_RecordsNoText()
    {
        Incident incident = AnIncident().WithEventsStored().Build();

        incident.Cancel(null, Acting);

        Assert.Null(Assert.Single(incident.PendingEvents).Text);
    }

    private static string Describe(IReadOnlyList<FieldChange> changes) =>
        string.Join("; ", changes.Select(change => $"{change.Field}: {change.OldValue ?? "null"} -> {change.NewValue ?? "null"}"));
}
