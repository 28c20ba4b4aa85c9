using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Tests.Cards;
using ChatOpsItsm.Adapters.Discord.Tests.Fixtures.Interactions;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

/// <summary>A reply too long for one message (a post-incident review) answers with its first part; the rest follow up.</summary>
public sealed class ReplyComposerSplittingTests : IDisposable
{
    private readonly DiscordHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ComposeAsync_ReviewWithACard_FirstPartAnswersTheRestIsQueuedWithTheCardLast()
    {
        Card card = SampleCards.Incident();

        JsonInteractionResponse response = await ComposeAsync(InteractionFixtures.SlashCommandGuild, Reply.Show(card, SampleReview.Markdown), Reply.Say("Saved."));

        Assert.Equal(4, response.Type);
        Assert.Equal(SampleReview.Summary, response.Data!.Content);
        Assert.Null(response.Data.Embeds);
        InteractionReplyWork work = Assert.Single(_harness.QueuedReplies());
        Assert.Equal(InteractionReplyMode.FollowUp, work.Mode);
        Assert.Equal([Reply.Say(SampleReview.Timeline), Reply.Show(card, SampleReview.Actions), Reply.Say("Saved.")], work.Replies);
        IReadOnlyList<JsonMessageData> followUps = DiscordMessageRenderer.Render(work.Replies);
        Assert.Equal([SampleReview.Timeline, SampleReview.Actions, "Saved."], followUps.Select(m => m.Content));
        Assert.Single(followUps[1].Embeds!);
        Assert.NotNull(followUps[1].Components);
    }

    [Fact]
    public async Task ComposeAsync_ShortReplyThenAReview_ReviewIsQueuedWhole()
    {
        Reply review = Reply.Say(SampleReview.Markdown);

        JsonInteractionResponse response = await ComposeAsync(InteractionFixtures.SlashCommandGuild, Reply.Say("Review of INC-1001:"), review);

        Assert.Equal("Review of INC-1001:\n\n" + SampleReview.Summary, response.Data!.Content);
        InteractionReplyWork work = Assert.Single(_harness.QueuedReplies());
        Assert.Equal([Reply.Say(SampleReview.Timeline), Reply.Say(SampleReview.Actions)], work.Replies);
    }

    [Fact]
    public async Task ComposeAsync_ClickAnsweredWithALongCardReply_AnswersWithANewMessageNotAnUpdate()
    {
        JsonInteractionResponse response = await ComposeAsync(
            InteractionFixtures.ButtonClick, Reply.Show(SampleCards.Incident(), SampleReview.Markdown));

        Assert.Equal(4, response.Type);
        Assert.Equal(SampleReview.Summary, response.Data!.Content);
        Assert.Equal(2, Assert.Single(_harness.QueuedReplies()).Replies.Count);
    }

    [Fact]
    public async Task ComposeAsync_ShortReplies_AnsweredAsBefore()
    {
        JsonInteractionResponse response = await ComposeAsync(InteractionFixtures.SlashCommandGuild, Reply.Say("one"), Reply.Say("two"));

        Assert.Equal("one\n\ntwo", response.Data!.Content);
        Assert.Empty(_harness.QueuedReplies());
    }

    public void Dispose() => _harness.Dispose();

    private Task<JsonInteractionResponse> ComposeAsync(string fixture, params Reply[] replies)
    {
        InteractionContext context = InteractionMapper.ContextOf(InteractionFixtures.Interaction(fixture), BuilderDefaults.Instant)!;
        return _harness.Get<ReplyComposer>().ComposeAsync(context, EngineResponse.Of(replies), Token);
    }
}
