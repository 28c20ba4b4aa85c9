using ChatOpsItsm.Adapters.Teams.Cards;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Tests.Cards;

public sealed partial class AdaptiveCardRendererTests
{
    public static TheoryData<string> GoldenCards => ["incident", "intake-proposal", "report-form", "long-body", "with-link"];

    [Theory]
    [MemberData(nameof(GoldenCards))]
    public void RenderAttachment_EachCardKind_MatchesGoldenFile(string kind)
    {
        Card card = kind switch
        {
            "incident" => SampleCards.Incident(),
            "intake-proposal" => SampleCards.IntakeProposal(),
            "report-form" => SampleCards.ReportForm(),
            "long-body" => SampleCards.LongBody(14_000),
            _ => SampleCards.WithLink(),
        };

        GoldenFile.AssertMatches(kind, AdaptiveCardRenderer.RenderAttachment(card));
    }
}
