using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;

namespace ChatOpsItsm.Domain.Tests.Incidents;

/// <summary>Follow-up actions from the review, and the problem or change each one became.</summary>
public sealed class MajorIncidentActionTests
{
    private static readonly TicketId Problem = new(TicketType.Problem, 1001);

    private static readonly RoleHolder CarolOwner = new(Carol, "Carol");

    [Fact]
    public void AddFollowUpAction_Several_NumberedFromOneInOrder()
    {
        Incident incident = AMajorIncident();

        incident.AddFollowUpAction("Alert on replica lag.", CarolOwner, AtMinutes(100));
        incident.AddFollowUpAction("Test the failover monthly.", null, AtMinutes(101));
        incident.AddFollowUpAction("Document the runbook.", null, AtMinutes(102));

        Assert.Equal([1, 2, 3], incident.Major!.Actions.Select(a => a.Number));
        Assert.Equal(
            ["Alert on replica lag.", "Test the failover monthly.", "Document the runbook."],
            incident.Major.Actions.Select(a => a.Text));
    }

    [Fact]
    public void AddFollowUpAction_WithOwner_KeepsOwnerNameAndWhen()
    {
        Incident incident = AMajorIncident();

        Accepted(incident, i => i.AddFollowUpAction("Alert on replica lag.", CarolOwner, AtMinutes(100)));

        Assert.Equal(
            new FollowUpAction(1, "Alert on replica lag.", Carol, "Carol", Declared + TimeSpan.FromMinutes(100), null),
            Assert.Single(incident.Major!.Actions));
        AuditEvent added = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.ActionAdded, added.Action);
        Assert.Equal("action: null -> 1; owner: null -> local:carol", Describe(added.Changes));
        Assert.Equal("Alert on replica lag.", added.Text);
    }

    [Fact]
    public void AddFollowUpAction_WithoutOwner_Unowned()
    {
        Incident incident = AMajorIncident();

        incident.AddFollowUpAction("Alert on replica lag.", null, AtMinutes(100));

        FollowUpAction action = Assert.Single(incident.Major!.Actions);
        Assert.Null(action.Owner);
        Assert.Null(action.OwnerName);
        Assert.Equal("action: null -> 1; owner: null -> null", Describe(incident.PendingEvents[^1].Changes));
    }

    [Fact]
    public void AddFollowUpAction_OwnerWithBlankName_NamedByTheirId()
    {
        Incident incident = AMajorIncident();

        incident.AddFollowUpAction("Alert on replica lag.", new RoleHolder(Carol, "  "), AtMinutes(100));

        Assert.Equal("carol", Assert.Single(incident.Major!.Actions).OwnerName);
    }

    [Fact]
    public void AddFollowUpAction_LineBreaksAndControls_OneLine()
    {
        Incident incident = AMajorIncident();

        incident.AddFollowUpAction("  Alert on\r\nreplica\u0007 lag. ", null, AtMinutes(100));

        Assert.Equal("Alert on replica lag.", Assert.Single(incident.Major!.Actions).Text);
    }

    [Fact]
    public void AddFollowUpAction_AtLengthLimit_AcceptedWhole()
    {
        Incident incident = AMajorIncident();
        string text = new('x', MajorLimits.ActionMaxLength);

        Accepted(incident, i => i.AddFollowUpAction(text, null, AtMinutes(100)));

        Assert.Equal(text, Assert.Single(incident.Major!.Actions).Text);
    }

    [Fact]
    public void AddFollowUpAction_OverLengthLimit_Refused()
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.AddFollowUpAction(new string('x', 501), null, AtMinutes(100)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The action is 501 characters long; the limit is 500."), error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\t ")]
    public void AddFollowUpAction_Blank_RefusedAsRequired(string text)
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.AddFollowUpAction(text, CarolOwner, AtMinutes(100)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "The action is required."), error);
    }

    [Fact]
    public void AddFollowUpAction_AtTheLimit_RefusedNamingIt()
    {
        Incident incident = WithActions(MajorLimits.MaxActions);

        DomainError error = Refused(incident, i => i.AddFollowUpAction("One more.", null, AtMinutes(100)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "INC-1001 already has 50 follow-up actions."), error);
    }

    [Fact]
    public void AddFollowUpAction_OneUnderTheLimit_AcceptedAsTheLast()
    {
        Incident incident = WithActions(MajorLimits.MaxActions - 1);

        Accepted(incident, i => i.AddFollowUpAction("One more.", null, AtMinutes(100)));

        Assert.Equal(MajorLimits.MaxActions, incident.Major!.Actions[^1].Number);
    }

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void AddFollowUpAction_AnyState_AcceptedBecauseReviewsComeAfter(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        Accepted(incident, i => i.AddFollowUpAction("Alert on replica lag.", null, AtMinutes(100)));
    }

    [Fact]
    public void AddFollowUpAction_RoutineIncident_Refused()
    {
        Incident incident = ARoutineIncident();

        DomainError error = Refused(incident, i => i.AddFollowUpAction("Alert on replica lag.", null, AtMinutes(100)));

        Assert.Equal(DomainErrorCodes.InvalidTransition, error.Code);
    }

    [Theory]
    [InlineData(TicketType.Problem, "PRB-1001")]
    [InlineData(TicketType.Change, "CHG-1001")]
    public void RecordActionRaised_ProblemOrChange_RecordedOnTheAction(TicketType type, string id)
    {
        Incident incident = WithActions(2);
        TicketId ticket = new(type, 1001);

        Accepted(incident, i => i.RecordActionRaised(2, ticket, AtMinutes(200)));

        Assert.Null(incident.Major!.Actions[0].BecameTicket);
        Assert.Equal(ticket, incident.Major.Actions[1].BecameTicket);
        AuditEvent raised = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.ActionRaised, raised.Action);
        Assert.Equal($"action 2: null -> {id}", Describe(raised.Changes));
        Assert.Equal(id, raised.Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void RecordActionRaised_NumberOutOfRange_RefusedNamingTheRange(int number)
    {
        Incident incident = WithActions(2);

        DomainError error = Refused(incident, i => i.RecordActionRaised(number, Problem, AtMinutes(200)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "INC-1001's follow-up actions are numbered 1 to 2."), error);
    }

    [Fact]
    public void RecordActionRaised_NoActions_RefusedSayingSo()
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.RecordActionRaised(1, Problem, AtMinutes(200)));

        Assert.Equal(new DomainError(DomainErrorCodes.Validation, "INC-1001 has no follow-up actions yet."), error);
    }

    [Fact]
    public void RecordActionRaised_Twice_RefusedAsUnchangedNamingTheFirstTicket()
    {
        Incident incident = WithActions(1);
        incident.RecordActionRaised(1, Problem, AtMinutes(200));
        incident.MarkEventsStored();

        DomainError error = Refused(incident, i => i.RecordActionRaised(1, new TicketId(TicketType.Change, 1005), AtMinutes(201)));

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "Action 1 of INC-1001 already became PRB-1001."), error);
    }

    [Theory]
    [InlineData(TicketType.Incident)]
    [InlineData(TicketType.Request)]
    [InlineData(TicketType.Release)]
    public void RecordActionRaised_NeitherProblemNorChange_ThrowsAndChangesNothing(TicketType type)
    {
        Incident incident = WithActions(1);
        IncidentSnapshot before = incident.ToSnapshot();

        Assert.Throws<ArgumentException>(() => incident.RecordActionRaised(1, new TicketId(type, 1001), AtMinutes(200)));

        Assert.Equal(before, incident.ToSnapshot());
        Assert.Empty(incident.PendingEvents);
    }

    [Fact]
    public void RecordActionRaised_WrongTypeForAnActionAlreadyRaised_StillThrows()
    {
        Incident incident = WithActions(1);
        incident.RecordActionRaised(1, Problem, AtMinutes(200));

        Assert.Throws<ArgumentException>(() => incident.RecordActionRaised(1, Other, AtMinutes(201)));
    }

    [Fact]
    public void RecordActionRaised_ClosedMajor_Accepted()
    {
        Incident incident = AMajorIncident(IncidentState.Closed);
        incident.AddFollowUpAction("Alert on replica lag.", null, AtMinutes(100));

        Accepted(incident, i => i.RecordActionRaised(1, Problem, AtMinutes(200)));
    }

    [Fact]
    public void RecordActionRaised_RoutineIncident_Refused()
    {
        Incident incident = ARoutineIncident();

        DomainError error = Refused(incident, i => i.RecordActionRaised(1, Problem, AtMinutes(200)));

        Assert.Equal(DomainErrorCodes.InvalidTransition, error.Code);
    }

    /// <summary>A major incident with <paramref name="count"/> unowned follow-up actions, events stored.</summary>
    private static Incident WithActions(int count)
    {
        Incident incident = AMajorIncident();
        for (int n = 1; n <= count; n++)
        {
            Accepted(incident, i => i.AddFollowUpAction("Action " + n.ToString(CultureInfo.InvariantCulture), null, AtMinutes(100)));
        }

        incident.MarkEventsStored();
        return incident;
    }
}
