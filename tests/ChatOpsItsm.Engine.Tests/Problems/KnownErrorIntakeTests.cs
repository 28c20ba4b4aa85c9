using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;
using static ChatOpsItsm.TestSupport.Builders.ProblemBuilder;

namespace ChatOpsItsm.Engine.Tests.Problems;

/// <summary>Issue 6 §3.2: a known error on the service of a proposed or reported incident shows its workaround and offers to link.</summary>
public sealed class KnownErrorIntakeTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private Problem KnownErrorOnPrinting() =>
        _harness.HoldsProblem(AProblem().Titled("Printer jams").OnService("Printing").InState(ProblemState.KnownError).Build());

    [Fact]
    public async Task Report_OnAServiceWithAKnownError_ShowsTheWorkaroundAndALinkButtonToAnAgent()
    {
        KnownErrorOnPrinting();

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident report Printer on fire service:printing"));

        Assert.Equal("Reported **INC-1001** (P3). I'll keep you posted here. A known error matches: try its workaround.", reply.Text);
        Assert.Contains("**Known error PRB-1001** (Printer jams). **Workaround:** Restart the queue worker.", reply.Card!.Body, StringComparison.Ordinal);
        CardButton link = Assert.Single(reply.Card.Buttons, b => b.ActionId == "problem.link");
        Assert.Equal("Link to PRB-1001", link.Label);
        Assert.Equal("PRB-1001", link.Data["id"]);
        Assert.Equal("INC-1001", link.Data["incident"]);
    }

    [Fact]
    public async Task Report_ByARequester_ShowsTheWorkaroundWithoutTheLinkButton()
    {
        KnownErrorOnPrinting();

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident report Printer on fire service:printing"));

        Assert.Contains("**Workaround:** Restart the queue worker.", reply.Card!.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Card.Buttons, b => b.ActionId == "problem.link");
    }

    [Fact]
    public async Task LinkButton_ClickedByAnAgent_LinksTheNewIncident()
    {
        KnownErrorOnPrinting();
        await _harness.HandleAsync(Chat.Bob.Says("incident report Printer on fire service:printing"));
        _harness.Holds(_harness.Created[0]);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Clicks("problem.link", ("id", "PRB-1001"), ("incident", "INC-1001")));

        Assert.Equal("INC-1001 is already linked to PRB-1001.", reply.Text);
    }

    [Fact]
    public async Task LinkButton_ForAnotherIncident_Links()
    {
        KnownErrorOnPrinting();
        TicketId inc1002 = new(TicketType.Incident, 1002);
        _harness.Holds(AnIncident().WithId(inc1002).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Clicks("problem.link", ("id", "PRB-1001"), ("incident", "INC-1002")));

        Assert.Equal("Linked INC-1002 to **PRB-1001**; it is a Known Error.", reply.Text);
    }

    [Fact]
    public async Task Report_OnAServiceWithoutAKnownError_IsUnchanged()
    {
        _harness.HoldsProblem(AProblem().OnService("printing").InState(ProblemState.RootCauseAnalysis).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident report Printer on fire service:printing"));

        Assert.Equal("Reported **INC-1001** (P3). I'll keep you posted here.", reply.Text);
        Assert.DoesNotContain(reply.Card!.Buttons, b => b.ActionId == "problem.link");
    }

    [Fact]
    public async Task Report_ProblemStoreDown_StillReportsWithoutTheHint()
    {
        _harness.Problems.ListAsync(Arg.Any<ProblemQuery>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new StorageUnavailableException("down"));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident report Printer on fire service:printing"));

        Assert.Equal("Reported **INC-1001** (P3). I'll keep you posted here.", reply.Text);
    }

    [Fact]
    public async Task IntakeProposal_OnAServiceWithAKnownError_ShowsTheWorkaround()
    {
        KnownErrorOnPrinting();

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("The printer on floor 3 is jammed again"));

        Assert.Equal("Report this incident?", reply.Card!.Title);
        Assert.Contains("**Known error PRB-1001** (Printer jams). **Workaround:** Restart the queue worker.", reply.Card.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntakeReport_OnAServiceWithAKnownError_OffersTheLinkToAnAgent()
    {
        KnownErrorOnPrinting();
        Reply proposal = await _harness.ReplyToAsync(Chat.Bob.Says("The printer on floor 3 is jammed again"));
        CardButton report = proposal.Card!.Buttons.Single(b => b.ActionId == "intake.report");

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Clicks("intake.report", [.. report.Data.Select(p => (p.Key, p.Value))]));

        Assert.Contains(reply.Card!.Buttons, b => b.ActionId == "problem.link" && b.Data["incident"] == "INC-1001");
    }

    [Fact]
    public async Task IncidentShow_NamesItsProblem()
    {
        _harness.Holds(AnIncident().Build());
        KnownErrorOnPrinting();

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident show INC-1001"));

        Assert.Contains(new CardFact("Problem", "PRB-1001 (Known Error)"), reply.Card!.Facts);
    }

    [Fact]
    public async Task IncidentShow_NotLinked_HasNoProblemFact()
    {
        _harness.Holds(AnIncident().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident show INC-1001"));

        Assert.DoesNotContain(reply.Card!.Facts, f => f.Label.StartsWith("Problem", StringComparison.Ordinal));
    }
}
