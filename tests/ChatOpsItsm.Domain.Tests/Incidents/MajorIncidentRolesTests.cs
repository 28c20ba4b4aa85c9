using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;
using static ChatOpsItsm.TestSupport.Builders.PersonBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed class MajorIncidentRolesTests
{
    private static readonly RoleHolder CarolHolder = new(Carol, "Carol");

    [Theory]
    [InlineData(MajorRole.Commander)]
    [InlineData(MajorRole.Communications)]
    [InlineData(MajorRole.Scribe)]
    public void AssignMajorRole_EachRole_GivesItToTheHolder(MajorRole role)
    {
        Incident incident = AMajorIncident();

        Accepted(incident, i => i.AssignMajorRole(role, CarolHolder, AtMinutes(5)));

        Assert.Equal(CarolHolder, incident.Major!.Holder(role));
    }

    [Theory]
    [InlineData(MajorRole.Commander, "commander: local:bob -> local:carol")]
    [InlineData(MajorRole.Communications, "comms: null -> local:carol")]
    [InlineData(MajorRole.Scribe, "scribe: null -> local:carol")]
    public void AssignMajorRole_EachRole_RecordsKeywordOldAndNewHolderAndName(MajorRole role, string changes)
    {
        Incident incident = AMajorIncident();

        incident.AssignMajorRole(role, CarolHolder, AtMinutes(5));

        AuditEvent assigned = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.RoleAssigned, assigned.Action);
        Assert.Equal(changes, Describe(assigned.Changes));
        Assert.Equal("Carol", assigned.Text);
    }

    [Fact]
    public void AssignMajorRole_OneRole_LeavesTheOthersAlone()
    {
        Incident incident = AMajorIncident();
        incident.AssignMajorRole(MajorRole.Scribe, new RoleHolder(Dave, "Dave"), AtMinutes(1));

        incident.AssignMajorRole(MajorRole.Communications, CarolHolder, AtMinutes(5));

        MajorIncident major = incident.Major!;
        Assert.Equal(new RoleHolder(BuilderDefaults.Agent, "Bob"), major.Commander);
        Assert.Equal(CarolHolder, major.Communications);
        Assert.Equal(new RoleHolder(Dave, "Dave"), major.Scribe);
    }

    [Fact]
    public void AssignMajorRole_AnotherHolder_ReplacesTheFirst()
    {
        Incident incident = AMajorIncident();
        incident.AssignMajorRole(MajorRole.Communications, CarolHolder, AtMinutes(1));

        incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(Dave, "Dave"), AtMinutes(5));

        Assert.Equal(new RoleHolder(Dave, "Dave"), incident.Major!.Communications);
        Assert.Equal("comms: local:carol -> discord:80351110224678912", Describe(incident.PendingEvents[^1].Changes));
    }

    [Fact]
    public void AssignMajorRole_CommanderTakesAnotherRoleToo_Accepted()
    {
        Incident incident = AMajorIncident();

        Accepted(incident, i => i.AssignMajorRole(MajorRole.Scribe, new RoleHolder(BuilderDefaults.Agent, "Bob"), AtMinutes(5)));

        Assert.Equal(incident.Major!.Commander, incident.Major.Scribe);
    }

    [Theory]
    [InlineData("Bob")]
    [InlineData("Robert")]
    public void AssignMajorRole_SameCommander_RefusedAsUnchangedWhateverTheName(string name)
    {
        Incident incident = AMajorIncident();

        DomainError error = Refused(incident, i => i.AssignMajorRole(MajorRole.Commander, new RoleHolder(BuilderDefaults.Agent, name), AtMinutes(5)));

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, "Bob is already incident commander of INC-1001."), error);
    }

    [Theory]
    [InlineData(MajorRole.Communications, "Carol is already communications lead of INC-1001.")]
    [InlineData(MajorRole.Scribe, "Carol is already scribe of INC-1001.")]
    public void AssignMajorRole_SameHolderAgain_RefusedAsUnchanged(MajorRole role, string message)
    {
        Incident incident = AMajorIncident();
        incident.AssignMajorRole(role, CarolHolder, AtMinutes(1));

        DomainError error = Refused(incident, i => i.AssignMajorRole(role, CarolHolder, AtMinutes(5)));

        Assert.Equal(new DomainError(DomainErrorCodes.Unchanged, message), error);
    }

    [Theory]
    [InlineData("", "carol")]
    [InlineData(" \t ", "carol")]
    [InlineData("Carol\n  Smith ", "Carol Smith")]
    public void AssignMajorRole_HolderName_NormalisedOrTheIdWhenBlank(string name, string expected)
    {
        Incident incident = AMajorIncident();

        incident.AssignMajorRole(MajorRole.Scribe, new RoleHolder(Carol, name), AtMinutes(5));

        Assert.Equal(expected, incident.Major!.Scribe!.Name);
        Assert.Equal(expected, incident.PendingEvents[^1].Text);
    }

    [Theory]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public void AssignMajorRole_MajorOver_Refused(IncidentState state)
    {
        Incident incident = AMajorIncident(state);

        DomainError error = Refused(incident, i => i.AssignMajorRole(MajorRole.Scribe, CarolHolder, AtMinutes(5)));

        Assert.Equal(
            new DomainError(DomainErrorCodes.InvalidTransition,
                $"INC-1001 is {IncidentStates.DisplayName(state)}, so the major incident is over and can't be given a role."),
            error);
    }

    [Fact]
    public void AssignMajorRole_UndefinedRole_ThrowsAndChangesNothing()
    {
        Incident incident = AMajorIncident();
        IncidentSnapshot before = incident.ToSnapshot();

        Assert.Throws<ArgumentOutOfRangeException>(() => incident.AssignMajorRole((MajorRole)7, CarolHolder, AtMinutes(5)));

        Assert.Equal(before, incident.ToSnapshot());
        Assert.Empty(incident.PendingEvents);
    }

    [Fact]
    public void AssignMajorRole_NullArguments_Throw()
    {
        Incident incident = AMajorIncident();

        Assert.Throws<ArgumentNullException>(() => incident.AssignMajorRole(MajorRole.Scribe, null!, AtMinutes(5)));
        Assert.Throws<ArgumentNullException>(() => incident.AssignMajorRole(MajorRole.Scribe, CarolHolder, null!));
    }

    [Fact]
    public void Holder_UndefinedRole_IsNobody()
    {
        Incident incident = AMajorIncident();

        Assert.Null(incident.Major!.Holder((MajorRole)7));
    }

    [Theory]
    [InlineData(MajorRole.Commander)]
    [InlineData(MajorRole.Communications)]
    [InlineData(MajorRole.Scribe)]
    public void HasRole_HolderThroughALinkedIdentity_True(MajorRole role)
    {
        Incident incident = AMajorIncident();
        incident.AssignMajorRole(role, CarolHolder, AtMinutes(5));
        Person carol = APerson().WithIdentity(new UserIdentity("teams", "29:1abc")).AlsoKnownAs(Carol).Build();

        Assert.True(incident.Major!.HasRole(carol));
    }

    [Fact]
    public void HasRole_NoRole_False()
    {
        Incident incident = AMajorIncident();
        Person carol = APerson().WithIdentity(Carol).Build();

        Assert.False(incident.Major!.HasRole(carol));
    }
}
