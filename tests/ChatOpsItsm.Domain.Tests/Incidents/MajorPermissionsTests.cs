using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Domain.Tests.Incidents.MajorIncidentTests;
using static ChatOpsItsm.TestSupport.Builders.PersonBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed class MajorPermissionsTests
{
    private static readonly UserIdentity Erin = new("teams", "29:1erin");

    public static TheoryData<Role, MajorOperation> WorkerRolesByOperation()
    {
        TheoryData<Role, MajorOperation> data = [];
        foreach (Role role in new[] { Role.Agent, Role.OnCall, Role.Admin })
        {
            foreach (MajorOperation operation in Enum.GetValues<MajorOperation>())
            {
                data.Add(role, operation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WorkerRolesByOperation))]
    public void MayAct_AgentOnCallOrAdmin_MayDoEverythingEvenBeforeItIsMajor(Role role, MajorOperation operation)
    {
        Person worker = APerson().WithIdentity(Erin).WithRole(role).Build();

        Assert.True(MajorPermissions.MayAct(worker, operation, AMajorIncident()));
        Assert.True(MajorPermissions.MayAct(worker, operation, ARoutineIncident()));
    }

    [Theory]
    [InlineData(MajorOperation.View, true)]
    [InlineData(MajorOperation.Declare, false)]
    [InlineData(MajorOperation.Run, false)]
    [InlineData(MajorOperation.AssignRole, false)]
    [InlineData(MajorOperation.Record, false)]
    public void MayAct_PlainRequester_OnlyView(MajorOperation operation, bool expected)
    {
        Person stranger = APerson().WithIdentity(Erin).Named("Erin").Build();

        Assert.Equal(expected, MajorPermissions.MayAct(stranger, operation, AMajorIncident()));
    }

    [Theory]
    [InlineData(MajorOperation.View, true)]
    [InlineData(MajorOperation.Declare, false)]
    [InlineData(MajorOperation.Run, false)]
    [InlineData(MajorOperation.AssignRole, false)]
    [InlineData(MajorOperation.Record, false)]
    public void MayAct_TheIncidentsOwnRequester_OnlyView(MajorOperation operation, bool expected)
    {
        Person requester = APerson().WithIdentity(BuilderDefaults.Requester).Build();

        Assert.Equal(expected, MajorPermissions.MayAct(requester, operation, AMajorIncident()));
    }

    [Theory]
    [InlineData(MajorRole.Commander, MajorOperation.View, true)]
    [InlineData(MajorRole.Commander, MajorOperation.Run, true)]
    [InlineData(MajorRole.Commander, MajorOperation.Record, true)]
    [InlineData(MajorRole.Commander, MajorOperation.Declare, false)]
    [InlineData(MajorRole.Commander, MajorOperation.AssignRole, false)]
    [InlineData(MajorRole.Communications, MajorOperation.View, true)]
    [InlineData(MajorRole.Communications, MajorOperation.Run, true)]
    [InlineData(MajorRole.Communications, MajorOperation.Record, true)]
    [InlineData(MajorRole.Communications, MajorOperation.Declare, false)]
    [InlineData(MajorRole.Communications, MajorOperation.AssignRole, false)]
    [InlineData(MajorRole.Scribe, MajorOperation.View, true)]
    [InlineData(MajorRole.Scribe, MajorOperation.Run, true)]
    [InlineData(MajorRole.Scribe, MajorOperation.Record, true)]
    [InlineData(MajorRole.Scribe, MajorOperation.Declare, false)]
    [InlineData(MajorRole.Scribe, MajorOperation.AssignRole, false)]
    public void MayAct_RoleHolderWithoutAWorkerRole_RunsAndRecordsButNeitherDeclaresNorGivesRoles(
        MajorRole role, MajorOperation operation, bool expected)
    {
        Incident incident = AMajorIncident();
        Accepted(incident, i => i.AssignMajorRole(role, new RoleHolder(Erin, "Erin"), AtMinutes(5)));
        Person holder = APerson().WithIdentity(Erin).Named("Erin").Build();

        Assert.Equal(expected, MajorPermissions.MayAct(holder, operation, incident));
    }

    [Theory]
    [InlineData(MajorOperation.Run, true)]
    [InlineData(MajorOperation.Record, true)]
    [InlineData(MajorOperation.AssignRole, false)]
    public void MayAct_RoleHolderThroughALinkedIdentity_TreatedAsTheHolder(MajorOperation operation, bool expected)
    {
        Incident incident = AMajorIncident();
        incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(Erin, "Erin"), AtMinutes(5));
        Person holder = APerson().WithIdentity(new UserIdentity("discord", "175928847299117063")).AlsoKnownAs(Erin).Build();

        Assert.Equal(expected, MajorPermissions.MayAct(holder, operation, incident));
    }

    [Theory]
    [InlineData(MajorOperation.Run)]
    [InlineData(MajorOperation.Record)]
    public void MayAct_RoutineIncident_NoOneHoldsARoleSoOnlyWorkersMay(MajorOperation operation)
    {
        Person stranger = APerson().WithIdentity(Erin).Build();

        Assert.False(MajorPermissions.MayAct(stranger, operation, ARoutineIncident()));
    }

    [Fact]
    public void MayAct_NullArguments_Throw()
    {
        Person person = APerson().Build();

        Assert.Throws<ArgumentNullException>(() => MajorPermissions.MayAct(null!, MajorOperation.View, AMajorIncident()));
        Assert.Throws<ArgumentNullException>(() => MajorPermissions.MayAct(person, MajorOperation.View, null!));
    }

    [Theory]
    [InlineData(MajorOperation.Declare, "Only agents and on-call engineers can declare a major incident.")]
    [InlineData(MajorOperation.AssignRole, "Only agents and on-call engineers can give major incident roles.")]
    [InlineData(MajorOperation.Run, "Only agents, on-call engineers and the major incident's role holders can do that.")]
    [InlineData(MajorOperation.Record, "Only agents, on-call engineers and the major incident's role holders can do that.")]
    public void Explain_RefusedOperation_SaysWhoMay(MajorOperation operation, string expected)
    {
        Assert.Equal(expected, MajorPermissions.Explain(operation));
    }
}
