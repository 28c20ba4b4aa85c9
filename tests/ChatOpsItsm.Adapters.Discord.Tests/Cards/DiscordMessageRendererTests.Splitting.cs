using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed partial class DiscordMessageRendererTests
{
    [Fact]
    public void RenderMany_ReviewWithACard_ThreeMessagesInOrderWithTheCardOnTheLast()
    {
        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render([Reply.Show(SampleCards.Incident(), SampleReview.Markdown)]);

        Assert.Equal([SampleReview.Summary, SampleReview.Timeline, SampleReview.Actions], messages.Select(m => m.Content));
        Assert.All(messages.Take(2), m => Assert.True(m.Embeds is null && m.Components is null));
        Assert.Equal("INC-1001 · VPN gateway drops connections", Assert.Single(messages[2].Embeds!).Title);
        Assert.Equal(4, messages[2].Components!.SelectMany(row => row.Components!).Count());
        Assert.All(messages, m => Assert.Empty(m.AllowedMentions!.Parse));
    }

    [Fact]
    public void RenderMany_ShortRepliesAroundAReview_JoinItsFirstAndLastPartsWhereTheyFit()
    {
        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render(
            [Reply.Say("Review of INC-1001:"), Reply.Say(SampleReview.Markdown), Reply.Say("Saved.")]);

        Assert.Equal(
            ["Review of INC-1001:\n\n" + SampleReview.Summary, SampleReview.Timeline, SampleReview.Actions + "\n\nSaved."],
            messages.Select(m => m.Content));
    }

    [Fact]
    public void RenderInParts_ShortReply_IsTheOneMessageRenderGives()
    {
        JsonMessageData message = Assert.Single(DiscordMessageRenderer.RenderInParts(Reply.Show(SampleCards.Incident(), "Opened")));

        Assert.Equal(GoldenFile.ToNode(DiscordMessageRenderer.Render(Reply.Show(SampleCards.Incident(), "Opened"))).ToJsonString(), GoldenFile.ToNode(message).ToJsonString());
    }

    [Fact]
    public void RenderInParts_NothingToShow_Throws() =>
        Assert.Throws<ArgumentException>(() => DiscordMessageRenderer.RenderInParts(Reply.Say(" ")));

    [Fact]
    public void Render_OneMessage_StillCutsAReviewWithThePointer()
    {
        string content = DiscordMessageRenderer.Render(Reply.Show(SampleCards.Incident(), SampleReview.Markdown)).Content!;

        Assert.StartsWith(SampleReview.Summary, content, StringComparison.Ordinal);
        Assert.EndsWith("… full ticket: " + SampleCards.Link, content, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitLongTexts_ReviewWithACard_TextPartsThenTheLastPartWithTheCard()
    {
        Reply short1 = Reply.Say("short");
        Card card = SampleCards.Incident();

        IReadOnlyList<Reply> replies = DiscordMessageRenderer.SplitLongTexts([short1, Reply.Show(card, SampleReview.Markdown)]);

        Assert.Equal(4, replies.Count);
        Assert.Same(short1, replies[0]);
        Assert.Equal(Reply.Say(SampleReview.Summary), replies[1]);
        Assert.Equal(Reply.Say(SampleReview.Timeline), replies[2]);
        Assert.Equal(Reply.Show(card, SampleReview.Actions), replies[3]);
    }

    [Fact]
    public void RenderMany_PartsRenderedAgainAsReplies_GiveTheSameMessages()
    {
        Reply[] replies = [Reply.Show(SampleCards.Incident(), SampleReview.Markdown), Reply.Say("Saved.")];

        IReadOnlyList<JsonMessageData> once = DiscordMessageRenderer.Render(replies);
        IReadOnlyList<JsonMessageData> again = DiscordMessageRenderer.Render(DiscordMessageRenderer.SplitLongTexts(replies).Skip(1).ToList());

        Assert.Equal(once.Skip(1).Select(m => GoldenFile.ToNode(m).ToJsonString()), again.Select(m => GoldenFile.ToNode(m).ToJsonString()));
    }
}
