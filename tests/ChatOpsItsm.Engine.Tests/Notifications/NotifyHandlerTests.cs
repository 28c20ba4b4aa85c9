using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Notifications;

public sealed class NotifyHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("notify off")]
    [InlineData("/notify OFF")]
    [InlineData("notify setting:off")]
    public async Task HandleAsync_Off_TurnsNonEssentialOffAndSaysWhatStaysOn(string command)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(command));

        await _harness.Preferences.Received(1).SetWantsNonEssentialAsync(Chat.Alice.Identity, false, Arg.Any<CancellationToken>());
        Assert.Equal(
            "Notifications are now **off**. You'll still hear of assignments to you and SLA breaches on your incidents. "
            + "`notify on` turns the rest back on.",
            reply.Text);
    }

    [Fact]
    public async Task HandleAsync_On_TurnsThemBackOn()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("notify on"));

        await _harness.Preferences.Received(1).SetWantsNonEssentialAsync(Chat.Bob.Identity, true, Arg.Any<CancellationToken>());
        Assert.Equal("Notifications are now **on**: you'll hear of every state change of your incidents, and of SLA warnings.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_AloneWhileOn_ShowsTheSettingAndChangesNothing()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("notify"));

        Assert.Equal(
            "Notifications are **on**: you hear of every state change of your incidents, and of SLA warnings. "
            + "`notify off` keeps only assignments to you and SLA breaches on your incidents.",
            reply.Text);
        await _harness.Preferences.DidNotReceiveWithAnyArgs().SetWantsNonEssentialAsync(default, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_AloneWhileOff_SaysWhatStillReachesThem()
    {
        _harness.Preferences.WantsNonEssentialAsync(Chat.Alice.Identity, Arg.Any<CancellationToken>()).Returns(false);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("notify"));

        Assert.Equal(
            "Notifications are **off**: you only hear of assignments to you and SLA breaches on your incidents. `notify on` turns the rest back on.",
            reply.Text);
    }

    [Fact]
    public async Task HandleAsync_UnknownSetting_ExplainsAndChangesNothing()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("notify sometimes"));

        Assert.Equal("The setting must be one of: off, on.", reply.Text);
        await _harness.Preferences.DidNotReceiveWithAnyArgs().SetWantsNonEssentialAsync(default, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_FromAnotherPlatform_SetsThatIdentity()
    {
        UserIdentity discord = new("discord", "80351110224678912");

        await _harness.HandleAsync(new InboundMessage("i-1", new ChannelUser(discord, "Dana"), new ConversationAddress("discord", "1"), "notify off"));

        await _harness.Preferences.Received(1).SetWantsNonEssentialAsync(discord, false, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Help_Requester_ListsNotify()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("help"));

        Assert.Contains("- `notify [setting]`: Turn non-essential notifications off or on", reply.Text, StringComparison.Ordinal);
    }
}
