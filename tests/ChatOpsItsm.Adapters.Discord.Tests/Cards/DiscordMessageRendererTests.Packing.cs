using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed partial class DiscordMessageRendererTests
{
    [Fact]
    public void RenderMany_TextReplies_AreJoinedByABlankLine()
    {
        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render([Reply.Say("one"), Reply.Say("two"), Reply.Say("three")]);

        JsonMessageData message = Assert.Single(messages);
        Assert.Equal("one\n\ntwo\n\nthree", message.Content);
    }

    [Fact]
    public void RenderMany_ContentJustOver2000Together_StartsASecondMessage()
    {
        string first = SampleCards.Text(1000);
        string second = SampleCards.Text(999);

        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render([Reply.Say(first), Reply.Say(second)]);

        Assert.Equal([first, second], messages.Select(m => m.Content));
    }

    [Fact]
    public void RenderMany_ContentExactly2000Together_StaysOneMessage()
    {
        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render([Reply.Say(SampleCards.Text(999)), Reply.Say(SampleCards.Text(999))]);

        Assert.Equal(2000, Assert.Single(messages).Content!.Length);
    }

    [Fact]
    public void RenderMany_TwelveCards_SplitsAfterTenEmbedsInOrder()
    {
        Reply[] replies = [.. Enumerable.Range(1001, 12).Select(n => Reply.Show(new Card($"INC-{n} · x", [], null, [], [])))];

        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render(replies);

        Assert.Equal([10, 2], messages.Select(m => m.Embeds!.Count));
        Assert.Equal("INC-1011 · x", messages[1].Embeds![0].Title);
    }

    [Fact]
    public void RenderMany_EmbedsOver6000Together_AreSplit()
    {
        Card big = SampleCards.WithBodyMakingTotal(3500);

        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render([Reply.Show(big), Reply.Show(big with { Title = "INC-1002 · other" })]);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.True(m.Embeds!.Sum(EmbedBudget.LengthOf) <= 6000));
    }

    [Fact]
    public void RenderMany_CardsWithButtons_EachGetTheirOwnMessage()
    {
        Card twoRows = SampleCards.WithButtons(6);

        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render(
            [Reply.Show(twoRows), Reply.Show(Renumbered(twoRows, 2)), Reply.Show(Renumbered(twoRows, 3))]);

        Assert.Equal([2, 2, 2], messages.Select(m => m.Components!.Count));
        Assert.All(messages, m => Assert.Single(m.Embeds!));
    }

    [Fact]
    public void RenderMany_TwoCardsWithTheSameButtons_NeverShareAMessage()
    {
        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render([Reply.Show(SampleCards.Incident()), Reply.Show(SampleCards.Incident())]);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Single(m.Embeds!));
        Assert.All(messages, m => Assert.Equal(4, m.Components!.SelectMany(r => r.Components!).Count()));
    }

    [Fact]
    public void RenderMany_TextBeforeACardJoinsIt_TextAfterACardStartsANewMessage()
    {
        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render(
            [Reply.Say("before"), Reply.Show(SampleCards.Incident()), Reply.Say("after")]);

        Assert.Equal(2, messages.Count);
        Assert.Equal("before", messages[0].Content);
        Assert.Single(messages[0].Embeds!);
        Assert.Equal("after", messages[1].Content);
        Assert.Null(messages[1].Embeds);
    }

    [Fact]
    public void RenderMany_CardsWithoutButtons_ShareAMessage_ButNotAfterButtons()
    {
        Card plain = new("INC-1001 · Printer jams", [new("Priority", "P3")], null, [], []);

        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render(
            [Reply.Show(plain), Reply.Show(plain with { Title = "INC-1002 · Mail down" }), Reply.Show(SampleCards.Incident()), Reply.Show(plain)]);

        Assert.Equal([2, 1, 1], messages.Select(m => m.Embeds!.Count));
        Assert.Null(messages[0].Components);
        Assert.NotNull(messages[1].Components);
        Assert.Null(messages[2].Components);
    }

    [Fact]
    public void RenderMany_EmptyRepliesAreSkipped_AndNoneLeftGivesNoMessage()
    {
        Assert.Empty(DiscordMessageRenderer.Render([new Reply(null), Reply.Say(" ")]));
        Assert.Equal("x", Assert.Single(DiscordMessageRenderer.Render([new Reply(null), Reply.Say("x")])).Content);
    }

    [Fact]
    public void RenderMany_EveryMessageRefusesMentions()
    {
        IReadOnlyList<JsonMessageData> messages = DiscordMessageRenderer.Render(
            [.. Enumerable.Range(1001, 25).Select(n => Reply.Show(new Card($"INC-{n} · @everyone", [], null, [], [])))]);

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.Empty(m.AllowedMentions!.Parse));
    }

    [Fact]
    public void Render_SevenButtons_TwoRowsOfFiveAndTwo()
    {
        JsonMessageData message = DiscordMessageRenderer.Render(Reply.Show(SampleCards.WithButtons(7)));

        Assert.Equal([5, 2], message.Components!.Select(r => r.Components!.Count));
        Assert.All(message.Components!, r => Assert.Equal(ComponentTypes.ActionRow, r.Type));
    }

    [Fact]
    public void Render_ThirtyButtons_KeepsTwentyFiveInFiveRows()
    {
        JsonMessageData message = DiscordMessageRenderer.Render(Reply.Show(SampleCards.WithButtons(30)));

        Assert.Equal(5, message.Components!.Count);
        Assert.Equal("Action 25", message.Components[^1].Components![^1].Label);
    }

    [Fact]
    public void Render_FormCard_ListsInputsWithRequiredOnesMarked()
    {
        JsonEmbed embed = DiscordMessageRenderer.Render(Reply.Show(SampleCards.ReportForm())).Embeds![0];

        JsonEmbedField inputs = Assert.Single(embed.Fields!);
        Assert.Equal(EmbedRenderer.InputsFieldName, inputs.Name);
        Assert.Equal("- Title (required)\n- Service (required)\n- Impact\n- Description", inputs.Value);
        Assert.False(inputs.Inline);
    }

    private static Card Renumbered(Card card, int round) => card with
    {
        Buttons = [.. card.Buttons.Select(b => b with { ActionId = $"{b.ActionId}.r{round}" })],
    };
}
