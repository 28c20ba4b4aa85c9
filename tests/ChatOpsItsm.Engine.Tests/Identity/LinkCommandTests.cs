using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Identity;

/// <summary><c>link</c>: issuing a code where you are known, and redeeming it on another platform.</summary>
public sealed class LinkCommandTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Link_NoCode_IssuesACodeBoundToTheAskerForTenMinutes_AndSendsItOnlyByDirectMessage()
    {
        _harness.Links.IssueCodeAsync(default, default, default, Token).ReturnsForAnyArgs(true);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("link"));

        LinkCode code = (LinkCode)_harness.Links.ReceivedCalls().Single(c => c.GetMethodInfo().Name == "IssueCodeAsync").GetArguments()[0]!;
        await _harness.Links.Received(1).IssueCodeAsync(code, Chat.Bob.Identity, BuilderDefaults.Instant.AddMinutes(10), Arg.Any<CancellationToken>());
        Assert.DoesNotContain(code.ToString(), reply.Text, StringComparison.Ordinal);
        Assert.Equal("I sent you a one-time link code in a direct message. It is valid for 10 minutes.", reply.Text);
        NotificationWork direct = SentCode();
        Assert.Equal(DeliveryTarget.ToPerson(Chat.Bob.Identity), direct.Target);
        Assert.True(direct.Essential);
        Assert.Contains($"**{code}**", direct.Message.Text, StringComparison.Ordinal);
        Assert.Contains($"type `link {code}` within 10 minutes", direct.Message.Text, StringComparison.Ordinal);
        Assert.Contains("not local", direct.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_LifetimeConfigured_IsUsedAndSaid()
    {
        using EngineHarness harness = new(WithLifetime(TimeSpan.FromMinutes(3)));
        harness.Links.IssueCodeAsync(default, default, default, Token).ReturnsForAnyArgs(true);

        Reply reply = await harness.ReplyToAsync(Chat.Bob.Says("link"));

        await harness.Links.ReceivedWithAnyArgs(1).IssueCodeAsync(default, default, default, Token);
        Assert.Equal(BuilderDefaults.Instant.AddMinutes(3), (DateTimeOffset)harness.Links.ReceivedCalls().Single(c => c.GetMethodInfo().Name == "IssueCodeAsync").GetArguments()[2]!);
        Assert.Contains("valid for 3 minutes", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_CodeAlreadyTaken_DrawsAnother()
    {
        _harness.Links.IssueCodeAsync(default, default, default, Token).ReturnsForAnyArgs(false, true);

        await _harness.ReplyToAsync(Chat.Bob.Says("link"));

        await _harness.Links.ReceivedWithAnyArgs(2).IssueCodeAsync(default, default, default, Token);
        Assert.StartsWith("Your link code is", SentCode().Message.Text, StringComparison.Ordinal);
    }

    private NotificationWork SentCode() =>
        Assert.Single(_harness.Scheduler.ReceivedCalls().Select(c => c.GetArguments()[0]).OfType<NotificationWork>());

    [Fact]
    public async Task Link_CodeOnAnotherPlatform_JoinsTheTypingIdentityToTheAsker()
    {
        PendingLink pending = _harness.Links.Pending(Chat.Bob.Identity);
        _harness.Links.RedeemAsync(pending, LinkTestPeople.BobOnTeams.Identity, Arg.Any<CancellationToken>()).Returns(LinkOutcome.Linked);

        Reply reply = await _harness.ReplyToAsync(LinkTestPeople.BobOnTeams.SaysOnTeams("link abcd2345"));

        await _harness.Links.Received(1).RedeemAsync(pending, LinkTestPeople.BobOnTeams.Identity, Arg.Any<CancellationToken>());
        Assert.Equal("Linked: `teams:aad-bob` is now the same person as `local:bob`. Your roles and tickets follow; `whoami` lists your identities.", reply.Text);
    }

    [Theory]
    [InlineData(LinkOutcome.CodeUsed, "That code is unknown or was already used.")]
    [InlineData(LinkOutcome.AlreadyLinked, "`teams:aad-bob` is already linked to a person.")]
    [InlineData(LinkOutcome.Conflict, "Your identities changed at the same moment")]
    public async Task Link_RedeemLosesARace_SaysWhy(LinkOutcome outcome, string expected)
    {
        PendingLink pending = _harness.Links.Pending(Chat.Bob.Identity);
        _harness.Links.RedeemAsync(pending, LinkTestPeople.BobOnTeams.Identity, Arg.Any<CancellationToken>()).Returns(outcome);

        Reply reply = await _harness.ReplyToAsync(LinkTestPeople.BobOnTeams.SaysOnTeams("link ABCD2345"));

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_UnknownCode_IsRefused()
    {
        Reply reply = await _harness.ReplyToAsync(LinkTestPeople.BobOnTeams.SaysOnTeams("link ABCD2345"));

        Assert.StartsWith("That code is unknown or was already used.", reply.Text, StringComparison.Ordinal);
        await AssertNothingRedeemedAsync();
    }

    [Fact]
    public async Task Link_ExpiredCode_IsRefused()
    {
        _harness.Links.Pending(Chat.Bob.Identity, left: TimeSpan.Zero);

        Reply reply = await _harness.ReplyToAsync(LinkTestPeople.BobOnTeams.SaysOnTeams("link ABCD2345"));

        Assert.StartsWith("That code has expired.", reply.Text, StringComparison.Ordinal);
        await AssertNothingRedeemedAsync();
    }

    [Theory]
    [InlineData("bob")]
    [InlineData("alice")]
    public async Task Link_CodeTypedOnTheAskersPlatform_IsRefused(string typer)
    {
        _harness.Links.Pending(Chat.Bob.Identity);

        Reply reply = await _harness.ReplyToAsync(Chat.Named(typer).Says("link ABCD2345"));

        Assert.Equal("A link code joins identities on two platforms: type `link ABCD2345` on your other platform, not on local.", reply.Text);
        await AssertNothingRedeemedAsync();
    }

    [Fact]
    public async Task Link_TypingIdentityLinkedToSomeoneElse_IsRefusedWithHowToUnlink()
    {
        _harness.Links.Pending(Chat.Bob.Identity);
        _harness.Links.Links(Chat.Alice.Identity, LinkTestPeople.BobOnTeams.Identity);

        Reply reply = await _harness.ReplyToAsync(LinkTestPeople.BobOnTeams.SaysOnTeams("link ABCD2345"));

        Assert.Equal("`teams:aad-bob` is already linked to a person. To move it, first type `unlink teams:aad-bob` as that person (or ask an admin), then use a new code.", reply.Text);
        await AssertNothingRedeemedAsync();
    }

    [Fact]
    public async Task Link_TypingIdentityAlreadyTheAskers_SaysSo()
    {
        _harness.Links.Pending(Chat.Bob.Identity);
        _harness.Links.Links(Chat.Bob.Identity, LinkTestPeople.BobOnTeams.Identity);

        Reply reply = await _harness.ReplyToAsync(LinkTestPeople.BobOnTeams.SaysOnTeams("link ABCD2345"));

        Assert.Equal("`teams:aad-bob` is already linked to you; nothing to do.", reply.Text);
        await AssertNothingRedeemedAsync();
    }

    [Fact]
    public async Task Link_NotACode_SaysWhatACodeIs()
    {
        Reply reply = await _harness.ReplyToAsync(LinkTestPeople.BobOnTeams.SaysOnTeams("link hello"));

        Assert.Equal("`hello` is not a link code: codes are 8 letters and digits, as `link` gave them.", reply.Text);
        await _harness.Links.DidNotReceiveWithAnyArgs().FindCodeAsync(default, Token);
    }

    private static ItsmOptions WithLifetime(TimeSpan lifetime)
    {
        ItsmOptions defaults = EngineHarness.DefaultOptions();
        return new ItsmOptions
        {
            Admins = defaults.Admins,
            Roles = defaults.Roles,
            Services = defaults.Services,
            Routes = defaults.Routes,
            LinkCodeLifetime = lifetime,
        };
    }

    private async Task AssertNothingRedeemedAsync() =>
        await _harness.Links.DidNotReceiveWithAnyArgs().RedeemAsync(default!, default, Token);
}
