using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Tests.Identity;

public sealed class RoleNamesTests
{
    [Theory]
    [InlineData(Role.Requester, "requester")]
    [InlineData(Role.Agent, "agent")]
    [InlineData(Role.OnCall, "oncall")]
    [InlineData(Role.Admin, "admin")]
    public void NameOf_EachRole_ReturnsConfigurationName(Role role, string name)
    {
        string actual = RoleNames.NameOf(role);

        Assert.Equal(name, actual);
    }

    [Fact]
    public void NameOf_UndefinedRole_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RoleNames.NameOf((Role)42));
    }

    [Theory]
    [InlineData("agent", Role.Agent)]
    [InlineData("Agent", Role.Agent)]
    [InlineData("oncall", Role.OnCall)]
    [InlineData("on-call", Role.OnCall)]
    [InlineData("OnCall", Role.OnCall)]
    [InlineData(" admin ", Role.Admin)]
    [InlineData("REQUESTER", Role.Requester)]
    public void TryParse_KnownName_ReturnsRole(string name, Role expected)
    {
        bool parsed = RoleNames.TryParse(name, out Role role);

        Assert.True(parsed);
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cab")]
    [InlineData("on call")]
    [InlineData("1")]
    [InlineData("superuser")]
    public void TryParse_UnknownName_ReturnsFalse(string? name)
    {
        bool parsed = RoleNames.TryParse(name, out _);

        Assert.False(parsed);
    }
}
