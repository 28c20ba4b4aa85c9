using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed class EmbedBudgetTests
{
    [Fact]
    public void Render_EmbedOfExactly6000_IsNotCut()
    {
        Card card = SampleCards.WithBodyMakingTotal(6000);

        JsonEmbed embed = EmbedRenderer.Render(card);

        Assert.Equal(card.Body, embed.Description);
        Assert.Equal(6000, EmbedBudget.LengthOf(embed));
        Assert.True(embed.Description!.Length < 4096);
    }

    [Fact]
    public void Render_EmbedOf6001_CutsTheDescriptionToFitAndLinksTheTicket()
    {
        JsonEmbed embed = EmbedRenderer.Render(SampleCards.WithBodyMakingTotal(6001));

        Assert.InRange(EmbedBudget.LengthOf(embed), 5900, 6000);
        Assert.True(embed.Description!.Length < 4096);
        Assert.EndsWith("… full ticket: " + SampleCards.Link, embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DescriptionOfExactly4096_IsNotCut()
    {
        string body = SampleCards.Text(4096);

        JsonEmbed embed = EmbedRenderer.Render(new Card("INC-1001 · x", [], body, [], []));

        Assert.Equal(body, embed.Description);
    }

    [Fact]
    public void Render_DescriptionOf4097WithoutLink_IsCutTo4096WithEllipsis()
    {
        JsonEmbed embed = EmbedRenderer.Render(new Card("INC-1001 · x", [], SampleCards.Text(4097), [], []));

        Assert.InRange(embed.Description!.Length, 4000, 4096);
        Assert.EndsWith("abcde…", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DescriptionOf4097WithLink_EndsWithTheLink()
    {
        JsonEmbed embed = EmbedRenderer.Render(new Card("INC-1001 · x", [], SampleCards.Text(4097), [], []) { Link = SampleCards.Link });

        Assert.True(embed.Description!.Length <= 4096);
        Assert.EndsWith("… full ticket: " + SampleCards.Link, embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FactsAloneOver6000_ShortensFieldsToFitWithTheBody()
    {
        Card card = new("INC-1001 · x", [.. Enumerable.Range(1, 25).Select(i => new CardFact($"Fact {i}", new string('v', 1024)))], "body", [], []);

        JsonEmbed embed = EmbedRenderer.Render(card);

        Assert.True(EmbedBudget.LengthOf(embed) <= 6000);
        Assert.Equal(25, embed.Fields!.Count);
        Assert.All(embed.Fields, f => Assert.EndsWith("…", f.Value, StringComparison.Ordinal));
        Assert.Equal("body", embed.Description);
    }

    [Fact]
    public void Render_BodyWithEmojiAtTheCut_NeverSplitsIt()
    {
        string body = new string('a', 4094) + "🔥🔥🔥";

        JsonEmbed embed = EmbedRenderer.Render(new Card("x", [], body, [], []));

        Assert.False(char.IsHighSurrogate(embed.Description![^2]));
        Assert.True(embed.Description.Length <= 4096);
    }
}
