using ChatOpsItsm.Adapters.Discord.Tests.Cards;
using ChatOpsItsm.Adapters.Discord.Tests.Rest;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Discord;

namespace ChatOpsItsm.Adapters.Discord.Tests.Outbound;

public sealed partial class InteractionReplyDeliveryTests
{
    [Fact]
    public async Task DeliverAsync_ReplacePlaceholderWithAReview_FirstPartEditsTheOriginalTheRestFollowUpWithTheCardLast()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.DeliverAsync(Work(harness, InteractionReplyMode.ReplacePlaceholder, Reply.Show(SampleCards.Incident(), SampleReview.Markdown)), Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal([("PATCH", OriginalPath), ("POST", FollowUpPath), ("POST", FollowUpPath)], calls.Select(call => (call.Method, call.Path)));
        Assert.Equal(
            [SampleReview.Summary, SampleReview.Timeline, SampleReview.Actions],
            calls.Select(call => call.Json!["content"]!.GetValue<string>()));
        Assert.Null(calls[0].Json!["embeds"]);
        Assert.Null(calls[1].Json!["embeds"]);
        Assert.NotNull(calls[2].Json!["embeds"]);
        Assert.NotNull(calls[2].Json!["components"]);
    }

    [Fact]
    public async Task DeliverAsync_UpdateSourceMessageWithALongCardReply_LeavesTheClickedMessageAndFollowsUp()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.DeliverAsync(Work(harness, InteractionReplyMode.UpdateSourceMessage, Reply.Show(SampleCards.Incident(), SampleReview.Markdown)), Token);

        Assert.Equal(Enumerable.Repeat(("POST", FollowUpPath), 3), harness.Api.Calls.Select(call => (call.Method, call.Path)));
    }
}
