using System.Net;
using ChatOpsItsm.Adapters.Discord.Outbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.Adapters.Discord.Tests.Rest;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Discord;
using NSubstitute;

namespace ChatOpsItsm.Adapters.Discord.Tests.Outbound;

public sealed partial class InteractionReplyDeliveryTests
{
    private const string WorkId = "work-42";
    private static readonly ConversationAddress Ops = new("discord", RestHarness.Channel);
    private static readonly string OriginalPath = $"/webhooks/{RestHarness.ApplicationId}/{RestHarness.InteractionToken}/messages/@original";
    private static readonly string FollowUpPath = $"/webhooks/{RestHarness.ApplicationId}/{RestHarness.InteractionToken}";
    private static readonly string ChannelPath = $"/channels/{RestHarness.Channel}/messages";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Two texts too long to share a message (2000), so the renderer makes two messages.</summary>
    private static Reply[] TwoMessages => [Reply.Say("first " + new string('a', 1500)), Reply.Say("second " + new string('b', 1500))];

    private static Reply CardReply => Reply.Show(new Card("CHG-1001 · Patch core switches", [new CardFact("Votes", "2 approve")], null, [], []));

    private static InteractionReplyWork Work(RestHarness harness, InteractionReplyMode mode, params Reply[] replies) => new(
        WorkId, harness.Time.GetUtcNow(), Ops, RestHarness.InteractionToken, harness.Time.GetUtcNow().AddMinutes(14), replies, mode);

    [Fact]
    public async Task DeliverAsync_ReplacePlaceholder_FirstMessageEditsTheOriginalTheRestFollowUp()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.DeliverAsync(Work(harness, InteractionReplyMode.ReplacePlaceholder, TwoMessages), Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal([("PATCH", OriginalPath), ("POST", FollowUpPath)], calls.Select(call => (call.Method, call.Path)));
        Assert.All(calls, call => Assert.Null(call.Authorization));
        Assert.StartsWith("first", calls[0].Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("second", calls[1].Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await harness.Ledger.Received(1).MarkDoneAsync(WorkId + "#0", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        await harness.Ledger.Received(1).MarkDoneAsync(WorkId + "#1", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task DeliverAsync_UpdateSourceMessageWithACardFirst_EditsTheClickedMessageThenFollowsUp()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.DeliverAsync(Work(harness, InteractionReplyMode.UpdateSourceMessage, CardReply, Reply.Say("Vote recorded")), Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal([("PATCH", OriginalPath), ("POST", FollowUpPath)], calls.Select(call => (call.Method, call.Path)));
        Assert.Equal("CHG-1001 · Patch core switches", calls[0].Json!["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Null(calls[0].Json!["content"]);
        Assert.Equal("Vote recorded", calls[1].Json!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeliverAsync_UpdateSourceMessageWithTextFirst_OnlyFollowsUp()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.DeliverAsync(Work(harness, InteractionReplyMode.UpdateSourceMessage, Reply.Say("You may not approve this change")), Token);

        FakeDiscordCall call = Assert.Single(harness.Api.Calls);
        Assert.Equal(("POST", FollowUpPath), (call.Method, call.Path));
    }

    [Fact]
    public async Task DeliverAsync_FollowUp_EveryMessageFollowsUp()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.DeliverAsync(Work(harness, InteractionReplyMode.FollowUp, TwoMessages), Token);

        Assert.Equal([("POST", FollowUpPath), ("POST", FollowUpPath)], harness.Api.Calls.Select(call => (call.Method, call.Path)));
    }

    [Fact]
    public async Task DeliverAsync_StepAlreadyDone_IsSkipped()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Ledger.IsDoneAsync(WorkId + "#0", Arg.Any<CancellationToken>()).Returns(true);

        await harness.Outbound.DeliverAsync(Work(harness, InteractionReplyMode.ReplacePlaceholder, TwoMessages), Token);

        FakeDiscordCall call = Assert.Single(harness.Api.Calls);
        Assert.Equal(("POST", FollowUpPath), (call.Method, call.Path));
        await harness.Ledger.DidNotReceive().MarkDoneAsync(WorkId + "#0", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        await harness.Ledger.Received(1).MarkDoneAsync(WorkId + "#1", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task DeliverAsync_TokenAboutToExpire_PostsToTheConversationWithTheBotToken()
    {
        await using RestHarness harness = RestHarness.Start();
        InteractionReplyWork work = Work(harness, InteractionReplyMode.ReplacePlaceholder, TwoMessages);
        harness.Time.Advance(TimeSpan.FromMinutes(14) - TimeSpan.FromSeconds(29));

        await harness.Outbound.DeliverAsync(work, Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Empty(harness.Api.WebhookCalls);
        Assert.Equal([("POST", ChannelPath), ("POST", ChannelPath)], calls.Select(call => (call.Method, call.Path)));
        Assert.All(calls, call => Assert.Equal("Bot " + RestHarness.BotToken, call.Authorization));
        Assert.Equal(MessageNonce.For(WorkId + "#0"), calls[0].Json!["nonce"]!.GetValue<string>());
        Assert.Equal(MessageNonce.For(WorkId + "#1"), calls[1].Json!["nonce"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeliverAsync_TokenValidForMoreThanTheMargin_UsesTheWebhook()
    {
        await using RestHarness harness = RestHarness.Start();
        InteractionReplyWork work = Work(harness, InteractionReplyMode.FollowUp, Reply.Say("done"));
        harness.Time.Advance(TimeSpan.FromMinutes(14) - TimeSpan.FromSeconds(31));

        await harness.Outbound.DeliverAsync(work, Token);

        Assert.Single(harness.Api.WebhookCalls);
        Assert.Empty(harness.Api.BotCalls);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, ErrorCodes.UnknownInteraction)]
    [InlineData(HttpStatusCode.NotFound, ErrorCodes.UnknownWebhook)]
    [InlineData(HttpStatusCode.Unauthorized, ErrorCodes.InvalidWebhookToken)]
    public async Task DeliverAsync_WebhookSaysTheTokenIsDead_PostsThisAndTheRestToTheConversation(HttpStatusCode status, int code)
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Error(status, code));

        await harness.Outbound.DeliverAsync(Work(harness, InteractionReplyMode.ReplacePlaceholder, TwoMessages), Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal([("PATCH", OriginalPath), ("POST", ChannelPath), ("POST", ChannelPath)], calls.Select(call => (call.Method, call.Path)));
        Assert.Equal(2, harness.Api.MessagesTo(RestHarness.Channel).Count);
        await harness.Ledger.Received(1).MarkDoneAsync(WorkId + "#0", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        Assert.Contains(harness.Logs.GetSnapshot(), record => record.Id.Id == 132);
    }

    [Fact]
    public async Task DeliverAsync_OtherWebhookFailure_ThrowsForTheWorkerWithoutMarkingTheStep()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Error(HttpStatusCode.BadRequest, ErrorCodes.InvalidFormBody));

        await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Outbound.DeliverAsync(Work(harness, InteractionReplyMode.ReplacePlaceholder, TwoMessages), Token));

        Assert.Single(harness.Api.Calls);
        await harness.Ledger.DidNotReceive().MarkDoneAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task DeliverAsync_AnyPath_NeverLogsTheInteractionToken()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Plain(HttpStatusCode.BadGateway));
        harness.Api.Enqueue(FakeDiscordResponse.Error(HttpStatusCode.NotFound, ErrorCodes.UnknownInteraction, "Unknown interaction"));

        await harness.Outbound.DeliverAsync(Work(harness, InteractionReplyMode.ReplacePlaceholder, TwoMessages), Token);

        string logs = harness.AllLogText();
        Assert.Contains("webhook answered 404", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(RestHarness.InteractionToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(RestHarness.BotToken, logs, StringComparison.Ordinal);
    }
}
