using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;

namespace ChatOpsItsm.Domain.Tests.Incidents;

/// <summary>The timeline, the war room and who joined it: all of them outlive the resolve, for the review.</summary>
public sealed class MajorIncidentTimelineTests
{
    private const string NotMajor = "INC-1001 is not a major incident: declare it first with `major declare INC-1001`.";

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    [InlineData(IncidentState.Resolved)]
    public void AddTimelineEntry_UntilClosed_RecordsTheLineAndNothingElse(IncidentState state)
    {
        Incident incident = AMajorIncident(state);
        IncidentSnapshot before = incident.ToSnapshot();

        Accepted(incident, i => i.AddTimelineEntry("Paged the DBA.", AtMinutes(12)));

        AuditEvent entry = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.TimelineEntry, entry.Action);
        Assert.Equal("Paged the DBA.", entry.Text);
        Assert.Empty(entry.Changes);
        Assert.Equal(before with { UpdatedAt = entry.At, EventCount = before.EventCount + 1 }, incident.ToSnapshot());
    }

    [Theory]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void AddTimelineEntry_ClosedOrCanceled_Refused(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => i.AddTimelineEntry("Paged the DBA.", AtMinutes(12)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition, $"INC-1001 is {IncidentStates.DisplayName(state)}, so it can't be given a timeline entry."),
            error);
    }

    [Fact]
    public void AddTimelineEntry_AtLimit_AcceptedWhole()
    {
        Incident incident = AMajorIncident();
        string text = new('x', MajorLimits.TimelineEntryMaxLength);

        incident.AddTimelineEntry(text, AtMinutes(12));

        Assert.Equal(text, Assert.Single(incident.PendingEvents).Text);
    }

    [Fact]
    public void AddTimelineEntry_OverLimit_RefusedNamingTheLimit()
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.AddTimelineEntry(new string('x', 2_001), AtMinutes(12)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The timeline entry is 2001 characters long; the limit is 2000."), error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    [InlineData(null)]
    public void AddTimelineEntry_Blank_RefusedAsRequired(string? text)
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.AddTimelineEntry(text!, AtMinutes(12)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The timeline entry is required."), error);
    }

    [Fact]
    public void AddTimelineEntry_LineBreaksAndControlCharacters_KeepsLinesDropsControls()
    {
        Incident incident = AMajorIncident();

        incident.AddTimelineEntry("\u0007Restarted db-01\r\nthen db-02\u0000 ", AtMinutes(12));

        Assert.Equal("Restarted db-01\nthen db-02", Assert.Single(incident.PendingEvents).Text);
    }

    [Fact]
    public void RecordWarRoom_First_RecordsTheConversation()
    {
        Incident incident = AMajorIncident();

        Accepted(incident, i => i.RecordWarRoom("discord:1300000000000000001", AtMinutes(1)));

        Assert.Equal("discord:1300000000000000001", incident.Major!.WarRoom);
        AuditEvent opened = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.WarRoomOpened, opened.Action);
        Assert.Equal("warRoom: null -> discord:1300000000000000001", Describe(opened.Changes));
        Assert.Null(opened.Text);
    }

    [Theory]
    [InlineData("discord:1300000000000000001")]
    [InlineData("discord:1300000000000000002")]
    public void RecordWarRoom_AlreadyOpen_RefusedAsUnchangedNamingTheFirst(string conversation)
    {
        Incident incident = AMajorIncident();
        incident.RecordWarRoom("discord:1300000000000000001", AtMinutes(1));
        incident.MarkEventsStored();

        DomainError error = Refused(incident, i => i.RecordWarRoom(conversation, AtMinutes(2)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.Unchanged, "INC-1001's war room is already open at discord:1300000000000000001."),
            error);
    }

    [Fact]
    public void RecordWarRoom_OpenedAfterTheResolve_StillRecordedBecauseTheDeclarationPromisedIt()
    {
        Incident incident = AMajorIncident(IncidentState.Resolved);

        Accepted(incident, i => i.RecordWarRoom("discord:1300000000000000001", AtMinutes(1)));

        Assert.Equal("discord:1300000000000000001", incident.Major!.WarRoom);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void RecordWarRoom_BlankConversation_Throws(string? conversation)
    {
        Incident incident = AMajorIncident();

        Assert.ThrowsAny<ArgumentException>(() => incident.RecordWarRoom(conversation!, AtMinutes(1)));
        Assert.Null(incident.Major!.WarRoom);
        Assert.Empty(incident.PendingEvents);
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    [InlineData(IncidentState.Resolved)]
    public void RecordJoined_UntilClosed_PutsTheActorOnTheTimeline(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        Accepted(incident, i => i.RecordJoined(AtMinutes(3)));

        AuditEvent joined = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.Joined, joined.Action);
        Assert.Equal(Dave, joined.Actor);
        Assert.Equal("Dave", joined.ActorName);
        Assert.Null(joined.Text);
        Assert.Empty(joined.Changes);
    }

    [Theory]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void RecordJoined_ClosedOrCanceled_Refused(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => i.RecordJoined(AtMinutes(3)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition, $"INC-1001 is {IncidentStates.DisplayName(state)}, so it can't be joined."),
            error);
    }

    [Fact]
    public void TimelineWarRoomAndJoined_RoutineIncident_Refused()
    {
        Incident incident = ARoutineIncident();

        Assert.Equal(new DomainError(DomainErrorCodes.InvalidTransition, NotMajor), Refused(incident, i => i.AddTimelineEntry("x", AtMinutes(1))));
        Assert.Equal(new DomainError(DomainErrorCodes.InvalidTransition, NotMajor), Refused(incident, i => i.RecordWarRoom("discord:1", AtMinutes(1))));
        Assert.Equal(new DomainError(DomainErrorCodes.InvalidTransition, NotMajor), Refused(incident, i => i.RecordJoined(AtMinutes(1))));
    }
}
