using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;

namespace ChatOpsItsm.Domain.Tests.Incidents;

/// <summary>
/// Every operation of Incident.Major.cs, named by the audit action it records: one event each when accepted (declaring
/// a New incident adds its assignment to the commander: see <see cref="MajorIncidentDeclareTests"/>), stamped with the
/// context and numbered on from the record's count; none when refused.
/// </summary>
public sealed class MajorIncidentAuditTests
{
    /// <summary>45 minutes after the declaration, so a reminder is due.</summary>
    private static readonly ActionContext Acting = AtMinutes(45);

    private static readonly string[] Operations =
    [
        AuditActions.Declared, AuditActions.RoleAssigned, AuditActions.StatusUpdate, AuditActions.TimelineEntry,
        AuditActions.WarRoomOpened, AuditActions.CadenceReminder, AuditActions.Snoozed, AuditActions.Mitigated,
        AuditActions.Resolved, AuditActions.Joined, AuditActions.Linked, AuditActions.PartOfMajor,
        AuditActions.ActionAdded, AuditActions.ActionRaised,
    ];

    public static TheoryData<string> AllOperations() => new(Operations);

    /// <summary>The operations a routine incident refuses: all but declaring it and joining another.</summary>
    public static TheoryData<string> MajorOnlyOperations() =>
        new(Operations.Where(o => o is not (AuditActions.Declared or AuditActions.PartOfMajor)));

    [Theory]
    [InlineData(AuditActions.Declared, "major: null -> declared; commander: null -> local:carol", null)]
    [InlineData(AuditActions.RoleAssigned, "comms: null -> local:carol", "Carol")]
    [InlineData(AuditActions.StatusUpdate, "updates: 0 -> 1", "Writes resume at 10:00.")]
    [InlineData(AuditActions.TimelineEntry, "", "Paged the DBA.")]
    [InlineData(AuditActions.WarRoomOpened, "warRoom: null -> discord:1300000000000000001", null)]
    [InlineData(AuditActions.CadenceReminder, "reminders: 0 -> 1", "Bob")]
    [InlineData(AuditActions.Snoozed, "snoozedUntil: null -> 2026-01-05 10:45:00 UTC", null)]
    [InlineData(AuditActions.Mitigated, "mitigatedAt: null -> 2026-01-05 09:45:00 UTC", "Traffic on the standby.")]
    [InlineData(AuditActions.Resolved, "state: In Progress -> Resolved", "Replica promoted.")]
    [InlineData(AuditActions.Joined, "", null)]
    [InlineData(AuditActions.Linked, "linkedIncidents: null -> INC-1002", "INC-1002")]
    [InlineData(AuditActions.PartOfMajor, "partOf: null -> INC-1002", "INC-1002")]
    [InlineData(AuditActions.ActionAdded, "action: null -> 1; owner: null -> local:carol", "Alert on replica lag.")]
    [InlineData(AuditActions.ActionRaised, "action 1: null -> PRB-1001", "PRB-1001")]
    public void Operation_Accepted_RecordsItsActionChangesAndText(string operation, string changes, string? text)
    {
        Incident incident = Prepared(operation);

        Accepted(incident, i => Apply(i, operation, Acting));

        AuditEvent appended = Assert.Single(incident.PendingEvents);
        Assert.Equal(operation, appended.Action);
        Assert.Equal(changes, Describe(appended.Changes));
        Assert.Equal(text, appended.Text);
    }

    [Theory]
    [MemberData(nameof(AllOperations))]
    public void Operation_Accepted_AppendsOneEventStampedWithTheContextAndNumberedOn(string operation)
    {
        Incident incident = Prepared(operation);
        int eventCount = incident.ToSnapshot().EventCount;

        Apply(incident, operation, Acting);

        AuditEvent appended = Assert.Single(incident.PendingEvents);
        Assert.Equal(BuilderDefaults.IncidentId, appended.Ticket);
        Assert.Equal(eventCount + 1, appended.Sequence);
        Assert.Equal(Acting.At, appended.At);
        Assert.Equal(Dave, appended.Actor);
        Assert.Equal("Dave", appended.ActorName);
        Assert.Equal("discord:1234567890", appended.Channel);
        Assert.Equal(eventCount + 1, incident.ToSnapshot().EventCount);
        Assert.Equal(Acting.At, incident.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(MajorOnlyOperations))]
    public void Operation_RoutineIncident_RefusedPointingAtDeclareAndChangesNothing(string operation)
    {
        Incident incident = ARoutineIncident();

        DomainError error = Refused(incident, i => Apply(i, operation, Acting));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition, "INC-1001 is not a major incident: declare it first with `major declare INC-1001`."),
            error);
    }

    [Theory]
    [InlineData(AuditActions.RoleAssigned, IncidentState.Closed, "the major incident is over and can't be given a role")]
    [InlineData(AuditActions.StatusUpdate, IncidentState.Closed, "the major incident is over and can't be given a status update")]
    [InlineData(AuditActions.CadenceReminder, IncidentState.Closed, "the major incident is over and can't be reminded")]
    [InlineData(AuditActions.Snoozed, IncidentState.Closed, "the major incident is over and can't be snoozed")]
    [InlineData(AuditActions.Mitigated, IncidentState.Closed, "the major incident is over and can't be marked mitigated")]
    [InlineData(AuditActions.Resolved, IncidentState.Closed, "the major incident is over and can't be resolved")]
    [InlineData(AuditActions.TimelineEntry, IncidentState.Closed, "it can't be given a timeline entry")]
    [InlineData(AuditActions.Joined, IncidentState.Closed, "it can't be joined")]
    [InlineData(AuditActions.RoleAssigned, IncidentState.Canceled, "the major incident is over and can't be given a role")]
    [InlineData(AuditActions.StatusUpdate, IncidentState.Canceled, "the major incident is over and can't be given a status update")]
    [InlineData(AuditActions.CadenceReminder, IncidentState.Canceled, "the major incident is over and can't be reminded")]
    [InlineData(AuditActions.Snoozed, IncidentState.Canceled, "the major incident is over and can't be snoozed")]
    [InlineData(AuditActions.Mitigated, IncidentState.Canceled, "the major incident is over and can't be marked mitigated")]
    [InlineData(AuditActions.Resolved, IncidentState.Canceled, "the major incident is over and can't be resolved")]
    [InlineData(AuditActions.TimelineEntry, IncidentState.Canceled, "it can't be given a timeline entry")]
    [InlineData(AuditActions.Joined, IncidentState.Canceled, "it can't be joined")]
    public void Operation_MajorClosedOrCanceled_RefusedAndChangesNothing(string operation, IncidentState state, string why)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => Apply(i, operation, Acting));

        Assert.Equal(new DomainError(DomainErrorCodes.InvalidTransition, $"INC-1001 is {IncidentStates.DisplayName(state)}, so {why}."), error);
    }

    [Fact]
    public void Operations_AWholeMajorIncident_NumberedWithoutGapsThroughRefusals()
    {
        Incident incident = IncidentBuilder.AnIncident().Build();
        DateTimeOffset at = Declared;
        ActionContext Next() => At((at += TimeSpan.FromMinutes(10)) - Declared);

        incident.DeclareMajor(new RoleHolder(BuilderDefaults.Agent, "Bob"), Cadence, "discord:1", Next());
        incident.RecordWarRoom("discord:2", Next());
        incident.RecordWarRoom("discord:2", Next());
        incident.RecordCadenceReminder("Bob", Next());
        incident.AssignMajorRole(MajorRole.Scribe, new RoleHolder(Carol, "Carol"), Next());
        incident.RecordCadenceReminder("Bob", Next());
        incident.PostStatusUpdate("Failing over.", Next());
        incident.PostStatusUpdate("", Next());
        incident.MarkMitigated("On the standby.", Next());
        incident.ResolveMajor("Replica promoted.", Next());
        incident.PostStatusUpdate("Too late.", Next());
        incident.AddFollowUpAction("Alert on replica lag.", null, Next());

        Assert.Equal(
            [
                AuditActions.Reported, AuditActions.Declared, AuditActions.Assigned, AuditActions.WarRoomOpened,
                AuditActions.CadenceReminder, AuditActions.RoleAssigned, AuditActions.StatusUpdate, AuditActions.Mitigated,
                AuditActions.Resolved, AuditActions.ActionAdded,
            ],
            incident.PendingEvents.Select(e => e.Action));
        Assert.Equal(Enumerable.Range(1, 10), incident.PendingEvents.Select(e => e.Sequence));
    }

    /// <summary>An incident that accepts <paramref name="operation"/> at <see cref="Acting"/>, events stored.</summary>
    private static Incident Prepared(string operation)
    {
        switch (operation)
        {
            case AuditActions.Declared or AuditActions.PartOfMajor:
                return ARoutineIncident();
            case AuditActions.ActionRaised:
                Incident incident = AMajorIncident();
                Accepted(incident, i => i.AddFollowUpAction("Alert on replica lag.", null, AtMinutes(1)));
                incident.MarkEventsStored();
                return incident;
            default:
                return AMajorIncident();
        }
    }

    private static DomainResult Apply(Incident incident, string operation, ActionContext context) => operation switch
    {
        AuditActions.Declared => incident.DeclareMajor(new RoleHolder(Carol, "Carol"), Cadence, "discord:1", context),
        AuditActions.RoleAssigned => incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(Carol, "Carol"), context),
        AuditActions.StatusUpdate => incident.PostStatusUpdate("Writes resume at 10:00.", context),
        AuditActions.TimelineEntry => incident.AddTimelineEntry("Paged the DBA.", context),
        AuditActions.WarRoomOpened => incident.RecordWarRoom("discord:1300000000000000001", context),
        AuditActions.CadenceReminder => incident.RecordCadenceReminder("Bob", context),
        AuditActions.Snoozed => incident.SnoozeCadence(TimeSpan.FromHours(1), context),
        AuditActions.Mitigated => incident.MarkMitigated("Traffic on the standby.", context),
        AuditActions.Resolved => incident.ResolveMajor("Replica promoted.", context),
        AuditActions.Joined => incident.RecordJoined(context),
        AuditActions.Linked => incident.LinkIncident(Other, context),
        AuditActions.PartOfMajor => incident.JoinMajor(Other, context),
        AuditActions.ActionAdded => incident.AddFollowUpAction("Alert on replica lag.", new RoleHolder(Carol, "Carol"), context),
        AuditActions.ActionRaised => incident.RecordActionRaised(1, new TicketId(TicketType.Problem, 1001), context),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a major incident operation."),
    };
}
