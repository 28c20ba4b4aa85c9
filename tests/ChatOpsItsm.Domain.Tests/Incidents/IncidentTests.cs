using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentDraftBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed partial class IncidentTests
{
    private static readonly ActionContext Reporting =
        AnActionContext().By(BuilderDefaults.Requester, "Alice").InChannel("discord:4242").Build();

    [Fact]
    public void Report_ValidDraft_OpensNewIncidentWithDraftValues()
    {
        IncidentDraft draft = ADraft().WithTitle("VPN down").WithService("vpn").WithDescription("No tunnel since 8:00.")
            .WithImpact(Impact.High).WithUrgency(Urgency.Low).Build();

        (Incident? incident, IReadOnlyList<DomainError> errors) =
            Incident.Report(BuilderDefaults.IncidentId, draft, SlaPolicy.Default, Reporting);

        Assert.Empty(errors);
        Assert.NotNull(incident);
        Assert.Equal(BuilderDefaults.IncidentId, incident.Id);
        Assert.Equal(IncidentState.New, incident.State);
        Assert.Equal("VPN down", incident.Title);
        Assert.Equal("vpn", incident.Service);
        Assert.Equal("No tunnel since 8:00.", incident.Description);
        Assert.Equal(Impact.High, incident.Impact);
        Assert.Equal(Urgency.Low, incident.Urgency);
        Assert.Equal(Priority.P3, incident.Priority);
    }

    [Fact]
    public void Report_ValidDraft_RecordsRequesterChannelAndTimes()
    {
        IncidentDraft draft = ADraft().Build();

        (Incident? incident, _) = Incident.Report(BuilderDefaults.IncidentId, draft, SlaPolicy.Default, Reporting);

        Assert.NotNull(incident);
        IncidentSnapshot snapshot = incident.ToSnapshot();
        Assert.Equal(BuilderDefaults.Requester, snapshot.Requester);
        Assert.Equal("Alice", snapshot.RequesterName);
        Assert.Equal("discord:4242", snapshot.Channel);
        Assert.Equal(BuilderDefaults.Instant, snapshot.CreatedAt);
        Assert.Equal(BuilderDefaults.Instant, snapshot.UpdatedAt);
        Assert.Null(snapshot.Assignee);
        Assert.Null(snapshot.RespondedAt);
        Assert.Null(snapshot.ResolvedAt);
        Assert.Null(snapshot.ClosedAt);
        Assert.Null(snapshot.HoldReason);
        Assert.Equal(0, snapshot.ReopenCount);
    }

    [Fact]
    public void Report_ValidDraft_AppendsReportedEventAsSequenceOne()
    {
        IncidentDraft draft = ADraft().WithTitle("VPN down").WithService("vpn").WithPriority(Priority.P2).Build();

        (Incident? incident, _) = Incident.Report(BuilderDefaults.IncidentId, draft, SlaPolicy.Default, Reporting);

        Assert.NotNull(incident);
        AuditEvent reported = Assert.Single(incident.PendingEvents);
        Assert.Equal(
            new AuditEvent(BuilderDefaults.IncidentId, 1, BuilderDefaults.Instant, BuilderDefaults.Requester, "Alice",
                "discord:4242", AuditActions.Reported, reported.Changes, null),
            reported);
        Assert.Equal(
            [
                new FieldChange("state", null, "New"),
                new FieldChange("priority", null, "P2"),
                new FieldChange("title", null, "VPN down"),
                new FieldChange("service", null, "vpn"),
            ],
            reported.Changes);
    }

    [Fact]
    public void Report_TextWithControlCharactersAndLineBreaks_StoresNormalisedText()
    {
        IncidentDraft draft = ADraft().WithTitle("  VPN\u0000 down\nagain ").WithService("v\u0007pn ")
            .WithDescription("line one\r\nline\u001b two").Build();

        (Incident? incident, _) = Incident.Report(BuilderDefaults.IncidentId, draft, SlaPolicy.Default, Reporting);

        Assert.NotNull(incident);
        Assert.Equal("VPN down again", incident.Title);
        Assert.Equal("vpn", incident.Service);
        Assert.Equal("line one\nline two", incident.Description);
    }

    [Theory]
    [InlineData("Printer \"HP-4\" says 'paper jam' at 100%")]
    [InlineData("PartitionKey eq 'INC' or RowKey ne ''")]
    [InlineData("🔥🔥 server room 🔥🔥")]
    public void Report_TitleWithQuotesPercentEmojiOrFilterText_StoredVerbatim(string title)
    {
        IncidentDraft draft = ADraft().WithTitle(title).Build();

        (Incident? incident, _) = Incident.Report(BuilderDefaults.IncidentId, draft, SlaPolicy.Default, Reporting);

        Assert.NotNull(incident);
        Assert.Equal(title, incident.Title);
    }

    [Fact]
    public void Report_InvalidDraft_ReturnsErrorsAndNoIncident()
    {
        IncidentDraft draft = ADraft().WithTitle(new string('t', 201)).WithService("").Build();

        (Incident? incident, IReadOnlyList<DomainError> errors) =
            Incident.Report(BuilderDefaults.IncidentId, draft, SlaPolicy.Default, Reporting);

        Assert.Null(incident);
        Assert.Equal(
            [
                new DomainError(DomainErrorCodes.Validation, "The title is 201 characters long; the limit is 200."),
                new DomainError(DomainErrorCodes.Validation, "The service is required."),
            ],
            errors);
    }

    [Theory]
    [InlineData("CHG-1001")]
    [InlineData("REQ-1001")]
    public void Report_NonIncidentId_Throws(string id)
    {
        IncidentDraft draft = ADraft().Build();

        Assert.Throws<ArgumentException>(() => Incident.Report(TicketId.Parse(id), draft, SlaPolicy.Default, Reporting));
    }

    [Fact]
    public void Report_NullArguments_Throw()
    {
        IncidentDraft draft = ADraft().Build();

        Assert.Throws<ArgumentNullException>(() => Incident.Report(BuilderDefaults.IncidentId, null!, SlaPolicy.Default, Reporting));
        Assert.Throws<ArgumentNullException>(() => Incident.Report(BuilderDefaults.IncidentId, draft, null!, Reporting));
        Assert.Throws<ArgumentNullException>(() => Incident.Report(BuilderDefaults.IncidentId, draft, SlaPolicy.Default, null!));
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void FromSnapshot_ToSnapshotOfAnyState_RestoresEqualIncident(IncidentState state)
    {
        IncidentSnapshot snapshot = AnIncident().InState(state).WithStepsEvery(TimeSpan.FromMinutes(7)).Build().ToSnapshot();

        Incident restored = Incident.FromSnapshot(snapshot);

        Assert.Equal(snapshot, restored.ToSnapshot());
        Assert.Empty(restored.PendingEvents);
    }

    [Fact]
    public void FromSnapshot_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Incident.FromSnapshot(null!));
    }

    [Fact]
    public void FromSnapshot_NextChange_ContinuesTheSequence()
    {
        IncidentSnapshot stored = AnIncident().InState(IncidentState.OnHold).Build().ToSnapshot();
        Incident loaded = Incident.FromSnapshot(stored);

        DomainResult result = loaded.AddNote("Called the vendor again.", AnActionContext().Build());

        Assert.True(result.Succeeded);
        Assert.Equal(stored.EventCount + 1, Assert.Single(loaded.PendingEvents).Sequence);
    }

    [Fact]
    public void MarkEventsStored_AfterChanges_ClearsPendingAndKeepsCounting()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).Build();

        incident.MarkEventsStored();
        incident.AddNote("Still looking.", AnActionContext().Build());

        AuditEvent note = Assert.Single(incident.PendingEvents);
        Assert.Equal(3, note.Sequence);
    }

    [Fact]
    public void Priority_AfterReport_FollowsTheMatrix()
    {
        Incident incident = AnIncident().WithImpact(Impact.Low).WithUrgency(Urgency.High).Build();

        Priority priority = incident.Priority;

        Assert.Equal(Priority.P3, priority);
    }

    [Fact]
    public void Report_ByRequester_ReporterIsTheRequesterNotTheAgent()
    {
        UserIdentity dave = new("teams", "29:dave");

        Incident incident = AnIncident().ReportedBy(dave, "Dave").InState(IncidentState.InProgress).Build();

        Assert.Equal(dave, incident.Requester);
        Assert.Equal("Dave", incident.RequesterName);
        Assert.Equal(BuilderDefaults.Agent, incident.Assignee);
    }
}
