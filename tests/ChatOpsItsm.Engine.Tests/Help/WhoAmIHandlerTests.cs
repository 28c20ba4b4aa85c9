using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Tests.Help;

public sealed class WhoAmIHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("alice", "You are **Alice** (`local:alice`). Roles: requester.")]
    [InlineData("bob", "You are **Bob** (`local:bob`). Roles: requester, agent.")]
    [InlineData("olga", "You are **Olga** (`local:olga`). Roles: requester, oncall.")]
    [InlineData("root", "You are **Root** (`local:root`). Roles: requester, admin.")]
    public async Task Handle_Person_ListsIdentityAndRoles(string who, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Named(who).Says("whoami"));

        Assert.Equal(expected, reply.Text);
    }
}
