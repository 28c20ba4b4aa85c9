using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;

namespace ChatOpsItsm.Domain.Tests.Incidents;

/// <summary>Both ends of a link: <see cref="Incident.LinkIncident"/> on the major incident, <see cref="Incident.JoinMajor"/> on the other.</summary>
public sealed class MajorIncidentLinkTests
{
    private static readonly TicketId Third = new(TicketType.Incident, 1003);

    [Fact]
    public void LinkIncident_AnotherIncident_LinkedAndRecorded()
    {
        Incident incident = AMajorIncident();

        Accepted(incident, i => i.LinkIncident(Other, AtMinutes(5)));

        Assert.Equal([Other], incident.Major!.LinkedIncidents);
        AuditEvent linked = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.Linked, linked.Action);
        Assert.Equal("linkedIncidents: null -> INC-1002", Describe(linked.Changes));
        Assert.Equal("INC-1002", linked.Text);
    }

    [Fact]
    public void LinkIncident_Several_KeptOldestLinkFirst()
    {
        Incident incident = AMajorIncident();

        incident.LinkIncident(Third, AtMinutes(5));
        incident.LinkIncident(Other, AtMinutes(6));

        Assert.Equal([Third, Other], incident.Major!.LinkedIncidents);
    }

    [Fact]
    public void LinkIncident_Itself_RefusedAsValidation()
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.LinkIncident(BuilderDefaults.IncidentId, AtMinutes(5)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "INC-1001 can't be linked to INC-1001: name another incident."), error);
    }

    [Theory]
    [InlineData(TicketType.Problem, "PRB-1002")]
    [InlineData(TicketType.Change, "CHG-1002")]
    [InlineData(TicketType.Request, "REQ-1002")]
    [InlineData(TicketType.Release, "RLS-1002")]
    public void LinkIncident_NotAnIncident_RefusedAsValidation(TicketType type, string id)
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.LinkIncident(new TicketId(type, 1002), AtMinutes(5)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, $"{id} can't be linked to INC-1001: name another incident."), error);
    }

    [Fact]
    public void LinkIncident_AlreadyLinked_RefusedAsUnchanged()
    {
        Incident incident = AMajorIncident();
        incident.LinkIncident(Other, AtMinutes(5));
        incident.MarkEventsStored();

        DomainError error = Refused(incident, i => i.LinkIncident(Other, AtMinutes(6)));

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "INC-1002 is already linked to INC-1001."), error);
    }

    [Fact]
    public void LinkIncident_AtTheLimit_RefusedNamingIt()
    {
        Incident incident = WithLinks(MajorLimits.MaxLinkedIncidents);

        DomainError error = Refused(incident, i => i.LinkIncident(new TicketId(TicketType.Incident, 9_999), AtMinutes(5)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "INC-1001 already has 100 linked incidents."), error);
    }

    [Fact]
    public void LinkIncident_OneUnderTheLimit_Accepted()
    {
        Incident incident = WithLinks(MajorLimits.MaxLinkedIncidents - 1);

        Accepted(incident, i => i.LinkIncident(new TicketId(TicketType.Incident, 9_999), AtMinutes(5)));

        Assert.Equal(MajorLimits.MaxLinkedIncidents, incident.Major!.LinkedIncidents.Count);
    }

    [Fact]
    public void LinkIncident_AlreadyLinkedAtTheLimit_StillSaysUnchanged()
    {
        Incident incident = WithLinks(MajorLimits.MaxLinkedIncidents);

        DomainError error = Refused(incident, i => i.LinkIncident(new TicketId(TicketType.Incident, 2_000), AtMinutes(5)));

        Assert.Equal(DomainErrorCodes.Unchanged, error.Code);
    }

    [Fact]
    public void LinkIncident_RoutineIncident_Refused()
    {
        Incident incident = ARoutineIncident();

        DomainError error = Refused(incident, i => i.LinkIncident(Other, AtMinutes(5)));

        Assert.Equal(DomainErrorCodes.InvalidTransition, error.Code);
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public void JoinMajor_RoutineIncident_BecomesPartOfIt(IncidentState state)
    {
        Incident incident = ARoutineIncident(state);

        Accepted(incident, i => i.JoinMajor(Other, AtMinutes(5)));

        Assert.Equal(Other, incident.PartOf);
        Assert.Equal(state, incident.State);
        Assert.Null(incident.Major);
        AuditEvent joined = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.PartOfMajor, joined.Action);
        Assert.Equal("partOf: null -> INC-1002", Describe(joined.Changes));
        Assert.Equal("INC-1002", joined.Text);
    }

    [Fact]
    public void JoinMajor_AMajorIncidentItself_Refused()
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.JoinMajor(Other, AtMinutes(5)));

        Assert.Equal(new DomainError(DomainErrorCodes.InvalidTransition, "INC-1001 is a major incident itself."), error);
    }

    [Fact]
    public void JoinMajor_SameMajorTwice_RefusedAsUnchanged()
    {
        Incident incident = ARoutineIncident();
        incident.JoinMajor(Other, AtMinutes(5));
        incident.MarkEventsStored();

        DomainError error = Refused(incident, i => i.JoinMajor(Other, AtMinutes(6)));

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "INC-1001 is already part of INC-1002."), error);
    }

    [Fact]
    public void JoinMajor_AnotherParent_RefusedNamingTheFirst()
    {
        Incident incident = ARoutineIncident();
        incident.JoinMajor(Other, AtMinutes(5));
        incident.MarkEventsStored();

        DomainError error = Refused(incident, i => i.JoinMajor(Third, AtMinutes(6)));

        Assert.Equal(new DomainError(DomainErrorCodes.InvalidTransition, "INC-1001 is already part of the major incident INC-1002."), error);
    }

    [Fact]
    public void JoinMajor_Itself_RefusedAsValidation()
    {
        Incident incident = ARoutineIncident();

        DomainError error = Refused(incident, i => i.JoinMajor(BuilderDefaults.IncidentId, AtMinutes(5)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "INC-1001 can't be part of INC-1001."), error);
    }

    [Fact]
    public void JoinMajor_NotAnIncident_RefusedAsValidation()
    {
        Incident incident = ARoutineIncident();

        DomainError error = Refused(incident, i => i.JoinMajor(new TicketId(TicketType.Problem, 1002), AtMinutes(5)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "INC-1001 can't be part of PRB-1002."), error);
    }

    [Fact]
    public void LinkAndJoin_NullContext_Throw()
    {
        Incident major = AMajorIncident();
        Incident routine = ARoutineIncident();

        Assert.Throws<ArgumentNullException>(() => major.LinkIncident(Other, null!));
        Assert.Throws<ArgumentNullException>(() => routine.JoinMajor(Other, null!));
    }

    /// <summary>A major incident with INC-2000 onwards linked, <paramref name="count"/> of them, events stored.</summary>
    private static Incident WithLinks(int count)
    {
        Incident incident = AMajorIncident();
        for (int n = 0; n < count; n++)
        {
            Accepted(incident, i => i.LinkIncident(new TicketId(TicketType.Incident, 2_000 + n), AtMinutes(1)));
        }

        incident.MarkEventsStored();
        return incident;
    }
}
