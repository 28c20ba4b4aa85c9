using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ChangeBuilder;
using static ChatOpsItsm.TestSupport.Builders.PersonBuilder;

namespace ChatOpsItsm.Domain.Tests.Changes;

public sealed class ChangePermissionsTests
{
    private static readonly UserIdentity Implementer = new("local", "ivan");

    [Theory]
    [InlineData(ChangeOperation.View, true, true, true, true)]
    [InlineData(ChangeOperation.Vote, true, true, true, true)]
    [InlineData(ChangeOperation.Revise, true, false, true, false)]
    [InlineData(ChangeOperation.Submit, true, false, true, false)]
    [InlineData(ChangeOperation.Cancel, true, false, true, false)]
    [InlineData(ChangeOperation.Close, true, false, true, false)]
    [InlineData(ChangeOperation.Assign, false, false, true, false)]
    [InlineData(ChangeOperation.Start, false, true, true, false)]
    [InlineData(ChangeOperation.Complete, false, true, true, false)]
    [InlineData(ChangeOperation.Fail, false, true, true, false)]
    [InlineData(ChangeOperation.Review, false, true, true, false)]
    public void MayAct_EachKindOfPerson_FollowsSpecSection3(
        ChangeOperation operation, bool requester, bool implementer, bool agent, bool stranger)
    {
        Change change = AChange().Build();
        change.Assign(Implementer, "Ivan", ActionContextBuilder.AnActionContext().Build());

        Assert.Equal(requester, ChangePermissions.MayAct(APerson().Build(), operation, change));
        Assert.Equal(implementer, ChangePermissions.MayAct(APerson().WithIdentity(Implementer).Build(), operation, change));
        Assert.Equal(agent, ChangePermissions.MayAct(APerson().WithIdentity(BuilderDefaults.Agent).WithRole(Role.Agent).Build(), operation, change));
        Assert.Equal(stranger, ChangePermissions.MayAct(APerson().WithIdentity(new UserIdentity("local", "zed")).Build(), operation, change));
    }

    [Theory]
    [InlineData(Role.OnCall)]
    [InlineData(Role.Admin)]
    public void MayAct_OnCallOrAdmin_ManagesAnyChange(Role role)
    {
        Change change = AChange().Build();

        Assert.True(ChangePermissions.MayAct(APerson().WithIdentity(new UserIdentity("local", "zed")).WithRole(role).Build(), ChangeOperation.Assign, change));
    }

    [Theory]
    [InlineData(ChangeOperation.Assign, "Only agents and on-call engineers can do that.")]
    [InlineData(ChangeOperation.Start, "Only the implementer, agents and on-call engineers can do that.")]
    [InlineData(ChangeOperation.Submit, "Only the requester, agents and on-call engineers can do that.")]
    public void Explain_Operation_SaysWhoMay(ChangeOperation operation, string expected)
    {
        Assert.Equal(expected, ChangePermissions.Explain(operation));
    }
}
