using ChatOpsItsm.Adapters.Teams.Cards;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Tests.Cards;

public sealed class TeamsMessageRendererTests
{
    [Fact]
    public void Render_TextAndCard_GivesMarkdownTextAndAdaptiveCardAttachment()
    {
        Reply reply = Reply.Show(SampleCards.IntakeProposal(), "I can open an incident for that. **Is this right?**");

        TeamsMessage message = TeamsMessageRenderer.Render(reply);

        Assert.Equal("I can open an incident for that. **Is this right?**", message.Text);
        Assert.Equal("application/vnd.microsoft.card.adaptive", message.CardAttachment?.ContentType);
        Assert.Equal("AdaptiveCard", message.CardAttachment?.Content?.GetProperty("type").GetString());
    }

    [Fact]
    public void Render_TextOnly_HasNoAttachment()
    {
        TeamsMessage message = TeamsMessageRenderer.Render(Reply.Say("Okay, I haven't reported anything."));

        Assert.Equal("Okay, I haven't reported anything.", message.Text);
        Assert.Null(message.CardAttachment);
    }

    [Fact]
    public void Render_CardWithoutText_HasNoText()
    {
        TeamsMessage message = TeamsMessageRenderer.Render(Reply.Show(SampleCards.Incident()));

        Assert.Null(message.Text);
        Assert.NotNull(message.CardAttachment);
    }

    [Fact]
    public void Render_VeryLongText_IsShortenedToTheTextLimit()
    {
        TeamsMessage message = TeamsMessageRenderer.Render(Reply.Say(new string('x', 50_000)));

        Assert.Equal(TeamsMessageRenderer.MaxTextLength, message.Text!.Length);
        Assert.EndsWith(Truncation.Ellipsis, message.Text, StringComparison.Ordinal);
    }
}
