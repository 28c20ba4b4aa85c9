using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed partial class DiscordMessageRendererTests
{
    private const string Hostile = "@everyone <@123> <@&456> </x:1> 🔥👩‍💻 @here";

    [Fact]
    public void Render_HostileText_StaysVerbatimAndPingsNobody()
    {
        JsonMessageData message = DiscordMessageRenderer.Render(Reply.Show(new Card(Hostile, [new("Requester", Hostile)], Hostile, [], []), Hostile));

        Assert.Equal(Hostile, message.Content);
        Assert.Equal(Hostile, message.Embeds![0].Title);
        Assert.Equal(Hostile, message.Embeds[0].Description);
        Assert.Equal(Hostile, message.Embeds[0].Fields![0].Value);
        Assert.Empty(message.AllowedMentions!.Parse);
        Assert.Null(message.AllowedMentions.Users);
    }

    [Fact]
    public void Render_IncidentCard_FillsEmbedLikeTheTicketCard()
    {
        JsonEmbed embed = DiscordMessageRenderer.Render(Reply.Show(SampleCards.Incident())).Embeds![0];

        Assert.Equal("rich", embed.Type);
        Assert.Equal("INC-1001 · VPN gateway drops connections", embed.Title);
        Assert.Equal(SampleCards.Link, embed.Url);
        Assert.Equal(15105570, embed.Color);
        Assert.Equal("ChatOps ITSM · INC-1001", embed.Footer!.Text);
        Assert.All(embed.Fields!, f => Assert.True(f.Inline));
        Assert.Equal(["State", "Priority", "Service", "Requester", "Assignee", "Response"], embed.Fields!.Select(f => f.Name));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/api/tickets/INC-1001")]
    [InlineData("ftp://itsm.example.com/x")]
    [InlineData("")]
    public void Render_LinkNotAbsoluteHttp_IsLeftOut(string link)
    {
        JsonEmbed embed = DiscordMessageRenderer.Render(Reply.Show(SampleCards.Incident() with { Link = link })).Embeds![0];

        Assert.Null(embed.Url);
    }

    [Fact]
    public void Render_TitleWithoutTicketId_FooterNamesOnlyTheBot()
    {
        JsonEmbed embed = DiscordMessageRenderer.Render(Reply.Show(SampleCards.ReportForm())).Embeds![0];

        Assert.Equal("ChatOps ITSM", embed.Footer!.Text);
        Assert.Null(embed.Color);
    }

    [Fact]
    public void Render_EmptyFactValueAndLabel_BecomeDash()
    {
        Card card = new("INC-1001 · x", [new("Assignee", ""), new(" ", "   ")], null, [], []);

        JsonEmbed embed = DiscordMessageRenderer.Render(Reply.Show(card)).Embeds![0];

        Assert.Equal("—", embed.Fields![0].Value);
        Assert.Equal("—", embed.Fields[1].Name);
        Assert.Equal("—", embed.Fields[1].Value);
    }

    [Fact]
    public void Render_OverlongTitleFactsAndLabels_AreCutToDiscordLimits()
    {
        Card card = new(
            new string('t', 300),
            [new(new string('n', 300), new string('v', 2000))],
            null,
            [new CardButton(new string('b', 100), "incident.close", new Dictionary<string, string> { ["id"] = "INC-1001" })],
            []);

        JsonMessageData message = DiscordMessageRenderer.Render(Reply.Show(card));

        JsonEmbed embed = message.Embeds![0];
        Assert.Equal(256, embed.Title!.Length);
        Assert.EndsWith("…", embed.Title, StringComparison.Ordinal);
        Assert.Equal(256, embed.Fields![0].Name.Length);
        Assert.Equal(1024, embed.Fields[0].Value.Length);
        Assert.Equal(80, message.Components![0].Components![0].Label!.Length);
    }

    [Fact]
    public void Render_ThirtyFacts_KeepsTwentyFiveFields()
    {
        Card card = new("INC-1001 · x", [.. Enumerable.Range(1, 30).Select(i => new CardFact($"F{i}", "v"))], null, [], []);

        JsonEmbed embed = DiscordMessageRenderer.Render(Reply.Show(card)).Embeds![0];

        Assert.Equal(25, embed.Fields!.Count);
        Assert.Equal("F25", embed.Fields[^1].Name);
    }

    [Fact]
    public void Render_TextOnly_HasContentAndNoEmbedOrComponents()
    {
        JsonMessageData message = DiscordMessageRenderer.Render(Reply.Say("**Done.** Use `incident show INC-1001`."));

        Assert.Equal("**Done.** Use `incident show INC-1001`.", message.Content);
        Assert.Null(message.Embeds);
        Assert.Null(message.Components);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Render_ReplyWithNothingToShow_Throws(string? text) =>
        Assert.Throws<ArgumentException>(() => DiscordMessageRenderer.Render(new Reply(text)));

    [Fact]
    public void Render_ContentOf2000_IsKept()
    {
        string text = SampleCards.Text(2000);

        Assert.Equal(text, DiscordMessageRenderer.Render(Reply.Say(text)).Content);
    }

    [Fact]
    public void Render_ContentOver2000_IsCutAtAWordWithEllipsis()
    {
        string content = DiscordMessageRenderer.Render(Reply.Say(SampleCards.Text(2001))).Content!;

        Assert.InRange(content.Length, 1900, 2000);
        Assert.EndsWith("abcde…", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ContentOver2000WithCardLink_EndsWithTheLink()
    {
        string content = DiscordMessageRenderer.Render(Reply.Show(SampleCards.Incident(), SampleCards.Text(5000))).Content!;

        Assert.True(content.Length <= 2000);
        Assert.EndsWith("… full ticket: " + SampleCards.Link, content, StringComparison.Ordinal);
    }
}
