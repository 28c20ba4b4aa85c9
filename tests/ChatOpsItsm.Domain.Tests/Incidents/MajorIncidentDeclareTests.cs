using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed class MajorIncidentDeclareTests
{
    private static readonly RoleHolder CarolInCommand = new(Carol, "Carol");

    private static readonly ActionContext Declaring = AtMinutes(10);

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void DeclareMajor_OpenState_MakesItMajorWithCommanderCadenceAndWarRoomParent(IncidentState from)
    {
        Incident incident = ARoutineIncident(from);

        Accepted(incident, i => i.DeclareMajor(CarolInCommand, Cadence, "teams:19:oncall@thread.tacv2", Declaring));

        MajorIncident major = incident.Major!;
        Assert.Equal(Declaring.At, major.DeclaredAt);
        Assert.Equal(new RoleHolder(Dave, "Dave"), major.DeclaredBy);
        Assert.Equal("discord:1234567890", major.DeclaredIn);
        Assert.Equal("teams:19:oncall@thread.tacv2", major.WarRoomParent);
        Assert.Equal(CarolInCommand, major.Commander);
        Assert.Null(major.Communications);
        Assert.Null(major.Scribe);
        Assert.Null(major.WarRoom);
        Assert.Equal(Cadence, major.Cadence);
        Assert.Equal(Declaring.At, major.CadenceFrom);
        Assert.Equal(0, major.UpdateCount);
        Assert.Equal(0, major.RemindersSent);
        Assert.Null(major.MitigatedAt);
        Assert.Null(major.EndedAt);
        Assert.True(major.IsActive);
        Assert.Empty(major.LinkedIncidents);
        Assert.Empty(major.Actions);
    }

    [Theory]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void DeclareMajor_Worked_KeepsStateAndAssignee(IncidentState from)
    {
        Incident incident = ARoutineIncident(from);
        IncidentSnapshot before = incident.ToSnapshot();

        incident.DeclareMajor(CarolInCommand, Cadence, null, Declaring);

        Assert.Equal(from, incident.State);
        Assert.Equal(before.Assignee, incident.Assignee);
        Assert.Equal(before with { Major = incident.Major, UpdatedAt = Declaring.At, EventCount = before.EventCount + 1 }, incident.ToSnapshot());
    }

    [Theory]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void DeclareMajor_Worked_RecordsOnlyTheDeclaredEventWithMajorAndCommander(IncidentState from)
    {
        Incident incident = ARoutineIncident(from);

        incident.DeclareMajor(CarolInCommand, Cadence, null, Declaring);

        AuditEvent declared = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.Declared, declared.Action);
        Assert.Equal("major: null -> declared; commander: null -> local:carol", Describe(declared.Changes));
        Assert.Null(declared.Text);
        Assert.Equal(Dave, declared.Actor);
        Assert.Equal(Declaring.At, declared.At);
    }

    [Fact]
    public void DeclareMajor_New_DeclaredThenAssignedToTheCommander()
    {
        Incident incident = ARoutineIncident(IncidentState.New);
        int eventCount = incident.ToSnapshot().EventCount;

        Accepted(incident, i => i.DeclareMajor(CarolInCommand, Cadence, null, Declaring));

        Assert.Collection(
            incident.PendingEvents,
            declared =>
            {
                Assert.Equal(AuditActions.Declared, declared.Action);
                Assert.Equal(eventCount + 1, declared.Sequence);
                Assert.Equal("major: null -> declared; commander: null -> local:carol", Describe(declared.Changes));
                Assert.Null(declared.Text);
                Assert.Equal(Dave, declared.Actor);
                Assert.Equal(Declaring.At, declared.At);
            },
            assigned =>
            {
                Assert.Equal(AuditActions.Assigned, assigned.Action);
                Assert.Equal(eventCount + 2, assigned.Sequence);
                Assert.Equal("assignee: null -> local:carol; state: New -> In Progress", Describe(assigned.Changes));
                Assert.Equal("Carol", assigned.Text);
                Assert.Equal(Dave, assigned.Actor);
                Assert.Equal("discord:1234567890", assigned.Channel);
                Assert.Equal(Declaring.At, assigned.At);
            });
    }

    [Fact]
    public void DeclareMajor_New_InProgressWithTheCommanderAsAssigneeAndResponseMetAtTheDeclaration()
    {
        Incident incident = ARoutineIncident(IncidentState.New);
        IncidentSnapshot before = incident.ToSnapshot();
        Assert.Null(before.RespondedAt);

        incident.DeclareMajor(CarolInCommand, Cadence, null, Declaring);

        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Equal(Carol, incident.Assignee);
        Assert.Equal("Carol", incident.AssigneeName);
        Assert.Equal(Declaring.At, incident.RespondedAt);
        Assert.Equal(
            before with
            {
                State = IncidentState.InProgress,
                Assignee = Carol,
                AssigneeName = "Carol",
                RespondedAt = Declaring.At,
                Major = incident.Major,
                UpdatedAt = Declaring.At,
                EventCount = before.EventCount + 2,
            },
            incident.ToSnapshot());
    }

    [Fact]
    public void DeclareMajor_NewDeclaredByTheirOwnCommander_AssignedToTheDeclarer()
    {
        Incident incident = ARoutineIncident(IncidentState.New);

        Accepted(incident, i => i.DeclareMajor(new RoleHolder(Dave, "Dave"), Cadence, null, Declaring));

        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Equal(Dave, incident.Assignee);
        Assert.Equal(new RoleHolder(Dave, "Dave"), incident.Major!.Commander);
        Assert.Equal(new RoleHolder(Dave, "Dave"), incident.Major.DeclaredBy);
    }

    [Theory]
    [InlineData("", "carol")]
    [InlineData("  Carol \r\n  Smith\t", "Carol Smith")]
    public void DeclareMajor_NewWithCommanderName_AssigneeNamedAsTheCommander(string name, string expected)
    {
        Incident incident = ARoutineIncident(IncidentState.New);

        incident.DeclareMajor(new RoleHolder(Carol, name), Cadence, null, Declaring);

        Assert.Equal(expected, incident.AssigneeName);
        Assert.Equal(expected, incident.PendingEvents[^1].Text);
    }

    [Fact]
    public void DeclareMajor_Accepted_FirstUpdateDueOneCadenceLater()
    {
        Incident incident = ARoutineIncident();

        incident.DeclareMajor(CarolInCommand, Cadence, null, Declaring);

        Assert.Equal(Declaring.At + Cadence, incident.Major!.NextUpdateDueAt);
    }

    [Fact]
    public void DeclareMajor_NoWarRoomParent_DeclaredWithoutOne()
    {
        Incident incident = ARoutineIncident();

        Accepted(incident, i => i.DeclareMajor(CarolInCommand, Cadence, null, Declaring));

        Assert.Null(incident.Major!.WarRoomParent);
    }

    [Theory]
    [InlineData("", "carol")]
    [InlineData("   ", "carol")]
    [InlineData("\u0007", "carol")]
    [InlineData("  Carol \r\n  Smith\t", "Carol Smith")]
    public void DeclareMajor_CommanderName_NormalisedOrTheIdWhenBlank(string name, string expected)
    {
        Incident incident = ARoutineIncident();

        incident.DeclareMajor(new RoleHolder(Carol, name), Cadence, null, Declaring);

        Assert.Equal(new RoleHolder(Carol, expected), incident.Major!.Commander);
    }

    [Theory]
    [InlineData(IncidentState.Resolved, "INC-1001 is Resolved, so it can't be declared major: reopen it first.")]
    [InlineData(IncidentState.Closed, "INC-1001 is Closed, so it can't be declared major: report a new incident instead.")]
    [InlineData(IncidentState.Canceled, "INC-1001 is Canceled, so it can't be declared major: report a new incident instead.")]
    public void DeclareMajor_NotOpen_RefusedAndChangesNothing(IncidentState from, string message)
    {
        Incident incident = ARoutineIncident(from);

        DomainError error = Refused(incident, i => i.DeclareMajor(CarolInCommand, Cadence, null, Declaring));

        Assert.Equal(new DomainError(DomainErrorCodes.InvalidTransition, message), error);
        Assert.Null(incident.Major);
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.Resolved)]
    public void DeclareMajor_AlreadyMajor_RefusedAsUnchangedNamingWhenAndWho(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => i.DeclareMajor(CarolInCommand, Cadence, null, Declaring));

        Assert.Equal(
            new DomainError(DomainErrorCodes.Unchanged, "INC-1001 is already a major incident, declared 2026-01-05 09:00:00 UTC with Bob in command."),
            error);
    }

    [Fact]
    public void DeclareMajor_PartOfAnotherMajor_RefusedPointingAtTheOther()
    {
        Incident incident = ARoutineIncident();
        incident.JoinMajor(Other, AtMinutes(1));
        incident.MarkEventsStored();

        DomainError error = Refused(incident, i => i.DeclareMajor(CarolInCommand, Cadence, null, Declaring));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition,
                "INC-1001 is part of the major incident INC-1002: post there with `major update INC-1002 <text>`."),
            error);
    }

    [Fact]
    public void DeclareMajor_CadenceOfOneSecond_Accepted()
    {
        Incident incident = ARoutineIncident();

        Accepted(incident, i => i.DeclareMajor(CarolInCommand, MajorLimits.MinCadence, null, Declaring));

        Assert.Equal(Declaring.At + TimeSpan.FromSeconds(1), incident.Major!.NextUpdateDueAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(999)]
    [InlineData(-60_000)]
    public void DeclareMajor_CadenceUnderOneSecond_ThrowsAndChangesNothing(int milliseconds)
    {
        Incident incident = ARoutineIncident();
        IncidentSnapshot before = incident.ToSnapshot();

        Assert.Throws<ArgumentOutOfRangeException>(
            () => incident.DeclareMajor(CarolInCommand, TimeSpan.FromMilliseconds(milliseconds), null, Declaring));

        Assert.Equal(before, incident.ToSnapshot());
        Assert.Empty(incident.PendingEvents);
    }

    [Fact]
    public void DeclareMajor_BadCadenceOnAnIncidentAlreadyMajor_StillThrows()
    {
        Incident incident = AMajorIncident();

        Assert.Throws<ArgumentOutOfRangeException>(() => incident.DeclareMajor(CarolInCommand, TimeSpan.Zero, null, Declaring));
    }

    [Fact]
    public void DeclareMajor_NullArguments_Throw()
    {
        Incident incident = ARoutineIncident();

        Assert.Throws<ArgumentNullException>(() => incident.DeclareMajor(null!, Cadence, null, Declaring));
        Assert.Throws<ArgumentNullException>(() => incident.DeclareMajor(CarolInCommand, Cadence, null, null!));
        Assert.Null(incident.Major);
    }
}
