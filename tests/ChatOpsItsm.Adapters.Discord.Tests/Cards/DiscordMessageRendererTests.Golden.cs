using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed partial class DiscordMessageRendererTests
{
    [Fact]
    public void Render_IncidentCardWithButtons_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("incident-card", GoldenFile.ToNode(DiscordMessageRenderer.Render(Reply.Show(SampleCards.Incident(), "Here it is:"))));

    [Fact]
    public void Render_LongBody_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("long-body", GoldenFile.ToNode(DiscordMessageRenderer.Render(Reply.Show(SampleCards.WithBodyMakingTotal(7000)))));

    [Fact]
    public void Render_FormCard_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("form-card", GoldenFile.ToNode(DiscordMessageRenderer.Render(
            Reply.Show(SampleCards.ReportForm(), "Almost there: I still need the service."))));

    [Fact]
    public void Render_ThreeReplies_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("packing-3", GoldenFile.ToNode(DiscordMessageRenderer.Render(
        [
            Reply.Say("Reported **INC-1002**."),
            Reply.Show(SampleCards.Incident("INC-1002")),
            Reply.Say("_I told the on-call agent._"),
        ])));

    [Fact]
    public void Render_TwelveCards_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("twelve-cards", GoldenFile.ToNode(DiscordMessageRenderer.Render(
            [.. Enumerable.Range(1001, 12).Select(n => Reply.Show(new Card($"INC-{n} · Printer {n} jams", [new("Priority", "P3")], null, [], [])))])));

    [Fact]
    public void Render_SevenButtons_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("seven-buttons", GoldenFile.ToNode(DiscordMessageRenderer.Render(Reply.Show(SampleCards.WithButtons(7)))));

    [Fact]
    public void Render_HostileText_MatchesGoldenFile() =>
        GoldenFile.AssertMatches("hostile-text", GoldenFile.ToNode(DiscordMessageRenderer.Render(Reply.Show(
            new Card(Hostile, [new("Requester", Hostile)], Hostile, [], []), Hostile))));
}
