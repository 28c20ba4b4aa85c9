using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Identity;

/// <summary><c>unlink</c>: your own secondary identities; admins may unlink anyone's.</summary>
public sealed class UnlinkCommandTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unlink_OwnSecondaryIdentity_RemovesIt()
    {
        _harness.Links.Links(Chat.Bob.Identity, LinkTestPeople.BobOnTeams.Identity);
        _harness.Links.UnlinkAsync(LinkTestPeople.BobOnTeams.Identity, Arg.Any<CancellationToken>()).Returns(UnlinkOutcome.Unlinked);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("unlink teams:aad-bob"));

        await _harness.Links.Received(1).UnlinkAsync(LinkTestPeople.BobOnTeams.Identity, Arg.Any<CancellationToken>());
        Assert.Equal("Unlinked `teams:aad-bob`: it is a person of its own again, with only the roles configured for it.", reply.Text);
    }

    [Fact]
    public async Task Unlink_SomeoneElsesIdentity_IsRefused()
    {
        _harness.Links.Links(Chat.Bob.Identity, LinkTestPeople.BobOnTeams.Identity);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("unlink teams:aad-bob"));

        Assert.Equal("`teams:aad-bob` is not one of your identities; only admins unlink other people's.", reply.Text);
        await _harness.Links.DidNotReceiveWithAnyArgs().UnlinkAsync(default, Token);
    }

    [Fact]
    public async Task Unlink_AdminOnSomeoneElsesIdentity_RemovesIt()
    {
        _harness.Links.Links(Chat.Bob.Identity, LinkTestPeople.BobOnTeams.Identity);
        _harness.Links.UnlinkAsync(LinkTestPeople.BobOnTeams.Identity, Arg.Any<CancellationToken>()).Returns(UnlinkOutcome.Unlinked);

        Reply reply = await _harness.ReplyToAsync(Chat.Root.Says("unlink teams:aad-bob"));

        Assert.StartsWith("Unlinked `teams:aad-bob`", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlink_NotLinked_SaysSo()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("unlink discord:123"));

        Assert.Equal("`discord:123` is not linked to anyone.", reply.Text);
    }

    [Fact]
    public async Task Unlink_PrimaryIdentity_IsRefused()
    {
        _harness.Links.Links(Chat.Bob.Identity, LinkTestPeople.BobOnTeams.Identity);
        _harness.Links.UnlinkAsync(Chat.Bob.Identity, Arg.Any<CancellationToken>()).Returns(UnlinkOutcome.IsPrimary);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("unlink local:bob"));

        Assert.Equal("`local:bob` is the primary identity: unlink the other identities instead (`whoami` lists them).", reply.Text);
    }
}
