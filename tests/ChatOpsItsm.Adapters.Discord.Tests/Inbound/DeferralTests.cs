using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

/// <summary>Discord's 3-second rule: a slow engine is acknowledged within DeferAfter and answered through the queue.</summary>
public sealed class DeferralTests : IDisposable
{
    private readonly DiscordHarness _harness = new();
    private readonly TaskCompletionSource<bool> _ledger = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DeferralTests()
    {
        // The engine's first step (the inbound ledger) hangs until the test lets it go.
        _harness.InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(_ledger.Task);
    }

    [Fact]
    public async Task ProcessAsync_SlowCommand_DeferredAtDeferAfterAndAnsweredThroughTheQueue()
    {
        Task<DiscordHttpResult> processing = _harness.PostAsync(InteractionFixtures.Bytes(InteractionFixtures.SlashCommandGuild));
        _harness.Time.Advance(_harness.Options.DeferAfter - TimeSpan.FromMilliseconds(1));
        Assert.False(processing.IsCompleted);

        _harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        DiscordHttpResult result = await processing;

        DiscordHarness.AssertJson("""{"type":5}""", result);
        Assert.Empty(_harness.QueuedReplies());
        _ledger.SetResult(true);
        await _harness.Pending.DrainAsync(TestContext.Current.CancellationToken);
        InteractionReplyWork work = Assert.Single(_harness.QueuedReplies());
        Assert.Equal("discord-reply:1300000000000000002", work.WorkId);
        Assert.Equal("tok_cmd", work.InteractionToken);
        Assert.Equal(BuilderDefaults.Instant + TimeSpan.FromMinutes(15), work.TokenExpiresAt);
        Assert.Equal(InteractionReplyMode.ReplacePlaceholder, work.Mode);
        Assert.Equal("discord:1500000000000000001", work.Conversation.ToString());
        Assert.NotEmpty(work.Replies);
        Assert.Equal(0, _harness.Pending.Count);
    }

    [Fact]
    public async Task ProcessAsync_SlowClick_SilentAcknowledgementAndTheSourceMessageUpdatedLater()
    {
        Task<DiscordHttpResult> processing = _harness.PostAsync(InteractionFixtures.WithCustomId(InteractionFixtures.ButtonClick, "v1:incident.show:id=INC-1001"));
        _harness.Time.Advance(_harness.Options.DeferAfter);
        DiscordHttpResult result = await processing;
        _ledger.SetResult(true);
        await _harness.Pending.DrainAsync(TestContext.Current.CancellationToken);

        DiscordHarness.AssertJson("""{"type":6}""", result);
        InteractionReplyWork work = Assert.Single(_harness.QueuedReplies());
        Assert.Equal(InteractionReplyMode.UpdateSourceMessage, work.Mode);
        Assert.Equal("tok_btn", work.InteractionToken);
    }

    [Fact]
    public async Task ProcessAsync_SlowReplay_PlaceholderReplacedWithAlreadyHandled()
    {
        Task<DiscordHttpResult> processing = _harness.PostAsync(InteractionFixtures.Bytes(InteractionFixtures.SlashCommandGuild));
        _harness.Time.Advance(_harness.Options.DeferAfter);
        await processing;
        _ledger.SetResult(false);
        await _harness.Pending.DrainAsync(TestContext.Current.CancellationToken);

        InteractionReplyWork work = Assert.Single(_harness.QueuedReplies());
        Assert.Equal(ReplyComposer.AlreadyHandledText, Assert.Single(work.Replies).Text);
    }

    [Fact]
    public async Task ProcessAsync_SlowReplayedClick_QueuesAnEmptyAnswerThatOnlySilencesTheNotice()
    {
        Task<DiscordHttpResult> processing = _harness.PostAsync(InteractionFixtures.WithCustomId(InteractionFixtures.ButtonClick, "v1:incident.show:id=INC-1001"));
        _harness.Time.Advance(_harness.Options.DeferAfter);
        await processing;
        _ledger.SetResult(false);
        await _harness.Pending.DrainAsync(TestContext.Current.CancellationToken);

        Assert.Empty(Assert.Single(_harness.QueuedReplies()).Replies);
    }

    [Fact]
    public async Task ProcessAsync_Deferred_QueuesAnInterruptedNoticeThatWaitsForTheAnswer()
    {
        Task<DiscordHttpResult> processing = _harness.PostAsync(InteractionFixtures.Bytes(InteractionFixtures.SlashCommandGuild));
        _harness.Time.Advance(_harness.Options.DeferAfter);
        await processing;
        _ledger.SetResult(true);
        await _harness.Pending.DrainAsync(TestContext.Current.CancellationToken);

        InteractionReplyWork notice = Assert.Single(_harness.QueuedNotices());
        Assert.Equal("discord-reply:1300000000000000002:interrupted", notice.WorkId);
        Assert.Equal("discord-reply:1300000000000000002", notice.SkipIfDone);
        Assert.Equal(BuilderDefaults.Instant + ReplyComposer.InterruptedAfter, notice.NotBefore);
        Assert.Equal(InteractionReplyMode.ReplacePlaceholder, notice.Mode);
        Assert.Equal("tok_cmd", notice.InteractionToken);
        Assert.Equal(ReplyComposer.InterruptedText, Assert.Single(notice.Replies).Text);
    }

    [Fact]
    public async Task ProcessAsync_DeferredClick_InterruptedNoticeFollowsUpRatherThanReplacingTheCard()
    {
        Task<DiscordHttpResult> processing = _harness.PostAsync(InteractionFixtures.WithCustomId(InteractionFixtures.ButtonClick, "v1:incident.show:id=INC-1001"));
        _harness.Time.Advance(_harness.Options.DeferAfter);
        await processing;
        _ledger.SetResult(true);
        await _harness.Pending.DrainAsync(TestContext.Current.CancellationToken);

        Assert.Equal(InteractionReplyMode.FollowUp, Assert.Single(_harness.QueuedNotices()).Mode);
    }

    [Fact]
    public async Task ProcessAsync_AnsweredInline_QueuesNoInterruptedNotice()
    {
        _ledger.SetResult(true);

        await _harness.PostAsync(InteractionFixtures.Bytes(InteractionFixtures.SlashCommandGuild));

        Assert.Empty(_harness.QueuedNotices());
    }

    [Fact]
    public async Task ProcessAsync_QueueFailsAfterTheDefer_LoggedAndDrainStillCompletes()
    {
        _harness.Scheduler.ScheduleAsync(Arg.Any<OutboundWork>(), Arg.Any<CancellationToken>())
            .Returns(Task.FromException(new InvalidOperationException("queue down")));
        Task<DiscordHttpResult> processing = _harness.PostAsync(InteractionFixtures.Bytes(InteractionFixtures.SlashCommandGuild));
        _harness.Time.Advance(_harness.Options.DeferAfter);
        await processing;

        _ledger.SetResult(true);
        await _harness.Pending.DrainAsync(TestContext.Current.CancellationToken);

        Assert.Contains(_harness.Logs.GetSnapshot(), r => r.Id.Id == 11 && r.Exception is InvalidOperationException);
        Assert.Equal(0, _harness.Pending.Count);
    }

    [Fact]
    public async Task DrainAsync_HostStopsWaiting_LogsWhatIsAbandoned()
    {
        Task<DiscordHttpResult> processing = _harness.PostAsync(InteractionFixtures.Bytes(InteractionFixtures.SlashCommandGuild));
        _harness.Time.Advance(_harness.Options.DeferAfter);
        await processing;
        using CancellationTokenSource giveUp = new();
        await giveUp.CancelAsync();

        await _harness.Pending.DrainAsync(giveUp.Token);

        Assert.Equal(1, _harness.Pending.Count);
        Assert.True(_harness.Pending.Stopping.IsCancellationRequested);
        Assert.Contains(_harness.Logs.GetSnapshot(), r => r.Id.Id == 12);
        _ledger.SetResult(true);
    }

    [Fact]
    public async Task ComposeAsync_MoreRepliesThanOneMessageHolds_TheRestFollowUpThroughTheQueue()
    {
        InteractionContext context = InteractionMapper.ContextOf(InteractionFixtures.Interaction(InteractionFixtures.SlashCommandGuild), BuilderDefaults.Instant)!;
        Reply[] replies = [Reply.Say(new string('a', 1500)), Reply.Say(new string('b', 1500)), Reply.Say("c")];

        Protocol.JsonInteractionResponse response = await _harness.Get<ReplyComposer>().ComposeAsync(
            context, Engine.Conversation.EngineResponse.Of(replies), TestContext.Current.CancellationToken);

        Assert.Equal(4, response.Type);
        Assert.StartsWith("aaa", response.Data!.Content, StringComparison.Ordinal);
        InteractionReplyWork work = Assert.Single(_harness.QueuedReplies());
        Assert.Equal(InteractionReplyMode.FollowUp, work.Mode);
        Assert.Equal([replies[1], replies[2]], work.Replies);
        Assert.Equal(BuilderDefaults.Instant, work.NotBefore);
    }

    public void Dispose()
    {
        _ledger.TrySetResult(true);
        _harness.Dispose();
    }
}
