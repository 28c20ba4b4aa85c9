using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Tests.Help;

public sealed class WhoAmIHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();
    private readonly EngineHarness _plain = new(WithoutGroups());

    public void Dispose()
    {
        _harness.Dispose();
        _plain.Dispose();
    }

    private static ItsmOptions WithoutGroups()
    {
        ItsmOptions options = EngineHarness.DefaultOptions();
        options.Roles.Remove("cab");
        options.Roles.Remove("ecab");
        return options;
    }

    [Theory]
    [InlineData("alice", "You are **Alice** (`local:alice`). Roles: requester.")]
    [InlineData("bob", "You are **Bob** (`local:bob`). Roles: requester, agent.")]
    [InlineData("olga", "You are **Olga** (`local:olga`). Roles: requester, oncall.")]
    [InlineData("root", "You are **Root** (`local:root`). Roles: requester, admin.")]
    [InlineData("alice", "You are **Alice** (`local:alice`). Roles: requester. Approver groups: cab.", true)]
    public async Task Handle_Person_ListsIdentityRolesAndGroups(string who, string expected, bool inCab = false)
    {
        EngineHarness harness = inCab ? _harness : _plain;

        Reply reply = await harness.ReplyToAsync(Chat.Named(who).Says("whoami"));

        Assert.Equal(expected, reply.Text);
    }
}
