using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;
using static ChatOpsItsm.TestSupport.Builders.PersonBuilder;

namespace ChatOpsItsm.Domain.Tests.Incidents;

public sealed class IncidentPermissionsTests
{
    private static readonly UserIdentity Carol = new("local", "carol");

    private readonly Incident _incident = AnIncident().ReportedBy(BuilderDefaults.Requester, "Alice").Build();

    [Theory]
    [InlineData(IncidentOperation.View, true)]
    [InlineData(IncidentOperation.Assign, false)]
    [InlineData(IncidentOperation.Note, true)]
    [InlineData(IncidentOperation.Hold, false)]
    [InlineData(IncidentOperation.Resume, false)]
    [InlineData(IncidentOperation.Resolve, false)]
    [InlineData(IncidentOperation.Close, true)]
    [InlineData(IncidentOperation.Reopen, true)]
    [InlineData(IncidentOperation.Cancel, true)]
    public void MayAct_RequesterOwnIncident_OnlyViewNoteCloseReopenCancel(IncidentOperation operation, bool expected)
    {
        Person owner = APerson().WithIdentity(BuilderDefaults.Requester).Build();

        bool allowed = IncidentPermissions.MayAct(owner, operation, _incident);

        Assert.Equal(expected, allowed);
    }

    [Theory]
    [InlineData(IncidentOperation.Note, true)]
    [InlineData(IncidentOperation.Cancel, true)]
    [InlineData(IncidentOperation.Resolve, false)]
    public void MayAct_RequesterThroughLinkedIdentity_TreatedAsOwner(IncidentOperation operation, bool expected)
    {
        Person owner = APerson().WithIdentity(new UserIdentity("discord", "80351110224678912"))
            .AlsoKnownAs(BuilderDefaults.Requester)
            .Build();

        bool allowed = IncidentPermissions.MayAct(owner, operation, _incident);

        Assert.Equal(expected, allowed);
    }

    [Theory]
    [InlineData(IncidentOperation.View, true)]
    [InlineData(IncidentOperation.Assign, false)]
    [InlineData(IncidentOperation.Note, false)]
    [InlineData(IncidentOperation.Hold, false)]
    [InlineData(IncidentOperation.Resume, false)]
    [InlineData(IncidentOperation.Resolve, false)]
    [InlineData(IncidentOperation.Close, false)]
    [InlineData(IncidentOperation.Reopen, false)]
    [InlineData(IncidentOperation.Cancel, false)]
    public void MayAct_OtherRequester_OnlyView(IncidentOperation operation, bool expected)
    {
        Person stranger = APerson().WithIdentity(Carol).Named("Carol").Build();

        bool allowed = IncidentPermissions.MayAct(stranger, operation, _incident);

        Assert.Equal(expected, allowed);
    }

    [Theory]
    [MemberData(nameof(WorkerRolesByOperation))]
    public void MayAct_AgentOnCallOrAdmin_MayDoEverything(Role role, IncidentOperation operation)
    {
        Person worker = APerson().WithIdentity(Carol).WithRole(role).Build();

        bool allowed = IncidentPermissions.MayAct(worker, operation, _incident);

        Assert.True(allowed);
    }

    [Fact]
    public void MayAct_NullPerson_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => IncidentPermissions.MayAct(null!, IncidentOperation.View, _incident));
    }

    [Fact]
    public void MayAct_NullIncident_Throws()
    {
        Person person = APerson().Build();

        Assert.Throws<ArgumentNullException>(() => IncidentPermissions.MayAct(person, IncidentOperation.View, null!));
    }

    [Theory]
    [InlineData(IncidentOperation.Assign, "Only agents and on-call engineers can do that.")]
    [InlineData(IncidentOperation.Hold, "Only agents and on-call engineers can do that.")]
    [InlineData(IncidentOperation.Resume, "Only agents and on-call engineers can do that.")]
    [InlineData(IncidentOperation.Resolve, "Only agents and on-call engineers can do that.")]
    [InlineData(IncidentOperation.Note, "Only the requester, agents and on-call engineers can do that.")]
    [InlineData(IncidentOperation.Close, "Only the requester, agents and on-call engineers can do that.")]
    [InlineData(IncidentOperation.Reopen, "Only the requester, agents and on-call engineers can do that.")]
    [InlineData(IncidentOperation.Cancel, "Only the requester, agents and on-call engineers can do that.")]
    public void Explain_RefusedOperation_SaysWhoMay(IncidentOperation operation, string expected)
    {
        string explanation = IncidentPermissions.Explain(operation);

        Assert.Equal(expected, explanation);
    }

    public static TheoryData<Role, IncidentOperation> WorkerRolesByOperation()
    {
        TheoryData<Role, IncidentOperation> data = [];
        foreach (Role role in new[] { Role.Agent, Role.OnCall, Role.Admin })
        {
            foreach (IncidentOperation operation in Enum.GetValues<IncidentOperation>())
            {
                data.Add(role, operation);
            }
        }

        return data;
    }
}
