using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace ChatOpsItsm.Engine.Tests.Delivery;

/// <summary>
/// A queued interaction reply goes to the channel of its platform that answers interactions (a Discord channel, here a
/// substitute implementing both ports), once, and the ledger records it.
/// </summary>
public sealed class InteractionReplyDeliveryTests : IDisposable
{
    private const string Token = "aW50ZXJhY3Rpb246OTg3NjU0MzIx.not-a-real-token";

    private readonly IDeliveryLedger _ledger = Substitute.For<IDeliveryLedger>();
    private readonly IOutboundChannel _discord = Substitute.For<IOutboundChannel, IInteractionReplyChannel>();
    private readonly IOutboundChannel _local = Substitute.For<IOutboundChannel>();
    private readonly FakeTimeProvider _time = new(BuilderDefaults.Instant);
    private readonly ServiceProvider _provider;
    private readonly IDeliveryHandler _processor;

    public InteractionReplyDeliveryTests()
    {
        _discord.Platform.Returns("discord");
        _local.Platform.Returns("local");
        ServiceCollection services = new();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(Options.Create(EngineHarness.DefaultOptions()));
        services.AddSingleton(_ledger);
        services.AddSingleton(Substitute.For<IIncidentStore>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Changes.IChangeStore>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Releases.IReleaseStore>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Requests.IRequestStore>());
        services.AddSingleton(Substitute.For<IConversationReferences>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.Identity.IIdentityLinks>());
        services.AddSingleton(Substitute.For<IWorkScheduler>());
        services.AddSingleton(Substitute.For<INotificationPreferences>());
        services.AddSingleton(Substitute.For<ChatOpsItsm.Engine.MajorIncidents.IWarRooms>());
        services.AddSingleton(_discord);
        services.AddSingleton(_local);
        services.AddConversationEngine();
        _provider = services.BuildServiceProvider();
        _processor = _provider.GetRequiredService<IDeliveryHandler>();
    }

    private IInteractionReplyChannel DiscordReplies => (IInteractionReplyChannel)_discord;

    public void Dispose() => _provider.Dispose();

    [Fact]
    public async Task HandleAsync_InteractionReply_IsHandedToThePlatformsInteractionReplyChannelOnce()
    {
        InteractionReplyWork work = AReply(new ConversationAddress("discord", "998877"));

        DeliveryResult result = await DeliverAsync(work);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await DiscordReplies.Received(1).DeliverAsync(work, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(_discord.ReceivedCalls(), c => c.GetMethodInfo().Name is not ("get_Platform" or "DeliverAsync"));
        Assert.DoesNotContain(_local.ReceivedCalls(), c => c.GetMethodInfo().Name != "get_Platform");
    }

    [Fact]
    public async Task HandleAsync_InteractionReply_IsRecordedAsDoneAtTheClockReading()
    {
        _time.Advance(TimeSpan.FromSeconds(3));
        InteractionReplyWork work = AReply(new ConversationAddress("discord", "998877"));

        await DeliverAsync(work);

        await _ledger.Received(1).MarkDoneAsync(work.WorkId, _time.GetUtcNow(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_PlatformNamedInAnotherCase_StillFindsTheChannel()
    {
        InteractionReplyWork work = AReply(new ConversationAddress("Discord", "998877"));

        await DeliverAsync(work);

        await DiscordReplies.Received(1).DeliverAsync(work, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_AlreadyDone_IsSkippedWithoutTouchingTheChannelOrTheLedgerAgain()
    {
        InteractionReplyWork work = AReply(new ConversationAddress("discord", "998877"));
        _ledger.IsDoneAsync(work.WorkId, Arg.Any<CancellationToken>()).Returns(true);

        DeliveryResult result = await DeliverAsync(work);

        Assert.Equal(DeliveryResult.Done("Already done."), result);
        await DiscordReplies.DidNotReceiveWithAnyArgs().DeliverAsync(default!, TestContext.Current.CancellationToken);
        await _ledger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_ChannelThatCannotAnswerInteractions_ThrowsAndRecordsNothing()
    {
        InteractionReplyWork work = AReply(new ConversationAddress("local", "general"));

        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => DeliverAsync(work));

        Assert.Equal("The local channel cannot answer interactions.", failure.Message);
        Assert.DoesNotContain(Token, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_local.ReceivedCalls(), c => c.GetMethodInfo().Name != "get_Platform");
        await _ledger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_NoChannelForThePlatform_ThrowsAndRecordsNothing()
    {
        InteractionReplyWork work = AReply(new ConversationAddress("slack", "C123"));

        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => DeliverAsync(work));

        Assert.Equal("No outbound channel serves the platform 'slack' (registered: discord, local).", failure.Message);
        await _ledger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_ChannelFails_LetsTheFailureThroughUnrecordedSoTheWorkerRetries()
    {
        InteractionReplyWork work = AReply(new ConversationAddress("discord", "998877"));
        DiscordReplies.DeliverAsync(work, Arg.Any<CancellationToken>()).ThrowsAsync(new HttpRequestException("Discord answered 503."));

        await Assert.ThrowsAsync<HttpRequestException>(() => DeliverAsync(work));

        await _ledger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_InterruptedNoticeWhoseAnswerWasDelivered_StaysQuietAndIsRecorded()
    {
        InteractionReplyWork notice = AReply(new ConversationAddress("discord", "998877")) with { WorkId = "answer:interrupted", SkipIfDone = "answer" };
        _ledger.IsDoneAsync("answer", Arg.Any<CancellationToken>()).Returns(true);

        DeliveryResult result = await DeliverAsync(notice);

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        await DiscordReplies.DidNotReceiveWithAnyArgs().DeliverAsync(default!, TestContext.Current.CancellationToken);
        await _ledger.Received(1).MarkDoneAsync("answer:interrupted", _time.GetUtcNow(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_InterruptedNoticeWhoseAnswerNeverCame_IsDelivered()
    {
        InteractionReplyWork notice = AReply(new ConversationAddress("discord", "998877")) with { WorkId = "answer:interrupted", SkipIfDone = "answer" };

        DeliveryResult result = await DeliverAsync(notice);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await DiscordReplies.Received(1).DeliverAsync(notice, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_ReplyDueLater_IsRescheduledAndNotSent()
    {
        InteractionReplyWork later = AReply(new ConversationAddress("discord", "998877")) with { NotBefore = BuilderDefaults.Instant + TimeSpan.FromMinutes(2) };

        DeliveryResult result = await DeliverAsync(later);

        Assert.Equal(DeliveryStatus.Rescheduled, result.Status);
        Assert.Equal(later.NotBefore, result.RescheduleAt);
        await DiscordReplies.DidNotReceiveWithAnyArgs().DeliverAsync(default!, TestContext.Current.CancellationToken);
    }

    private Task<DeliveryResult> DeliverAsync(OutboundWork work) => _processor.HandleAsync(work, TestContext.Current.CancellationToken);

    private static InteractionReplyWork AReply(ConversationAddress conversation) => new(
        "discord:1187331154541367336:reply",
        BuilderDefaults.Instant,
        conversation,
        Token,
        BuilderDefaults.Instant + TimeSpan.FromMinutes(15),
        [Reply.Say("Reported **INC-1001** (P3)."), Reply.Say("I'll keep you posted here.")],
        InteractionReplyMode.ReplacePlaceholder);
}
