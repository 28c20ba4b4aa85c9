using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;
using static ChatOpsItsm.TestSupport.Builders.ProblemBuilder;

namespace ChatOpsItsm.Engine.Tests.Problems;

public sealed class ProblemCommandsTests : IDisposable
{
    private static readonly TicketId Inc1002 = new(TicketType.Incident, 1002);
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task New_FromTwoIncidents_TakesTheFirstOnesServiceAndLinksBoth()
    {
        _harness.Holds(AnIncident().WithService("email").Build());
        _harness.Holds(AnIncident().WithId(Inc1002).WithService("vpn").Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("problem new Mail queue stalls from:INC-1001,INC-1002"));

        Assert.StartsWith("Raised **PRB-1001** on email from INC-1001, INC-1002.", reply.Text, StringComparison.Ordinal);
        Problem stored = _harness.StoredProblem(EngineHarness.FirstProblemId)!;
        Assert.Equal("Mail queue stalls", stored.Title);
        Assert.Equal("email", stored.Service);
        Assert.Equal([BuilderDefaults.IncidentId, Inc1002], stored.Incidents);
        Assert.Equal(ProblemState.New, stored.State);
        Assert.Equal("PRB-1001 · Mail queue stalls", reply.Card!.Title);
    }

    [Fact]
    public async Task New_WithService_KeepsIt()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("problem new \"DNS flaps\" service:vpn"));

        Assert.StartsWith("Raised **PRB-1001** on vpn.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_UnknownIncident_IsRefusedAndRaisesNothing()
    {
        _harness.Holds(AnIncident().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("problem new Stalls from:INC-1001,INC-1002"));

        Assert.Equal("I can't find INC-1002; nothing was raised.", reply.Text);
        Assert.Null(_harness.StoredProblem(EngineHarness.FirstProblemId));
    }

    [Theory]
    [InlineData("problem new Stalls from:CHG-1001", "`CHG-1001` is not an incident id such as INC-1001.")]
    [InlineData("problem new Stalls from:'or'1'='1", "is not an incident id such as INC-1001.")]
    [InlineData("problem new Stalls", "Which service? Add `service:<name>`, or `from:<incident ids>` to take the first incident's.")]
    [InlineData("problem new service:vpn", "What is the problem? Usage: `problem new <title> [service:] [from:]`")]
    public async Task New_BadInput_IsAClearRefusal(string typed, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(typed));

        Assert.EndsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Null(_harness.StoredProblem(EngineHarness.FirstProblemId));
    }

    [Theory]
    [InlineData("problem new Stalls service:vpn")]
    [InlineData("problem link PRB-1001 INC-1001")]
    [InlineData("problem workaround PRB-1001 restart it")]
    [InlineData("problem close PRB-1001")]
    public async Task WorkCommands_ByARequester_AreRefusedByRole(string typed)
    {
        _harness.HoldsProblem(AProblem().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(typed));

        Assert.StartsWith("Only agents and on-call engineers can use `problem ", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ProblemState.New, _harness.StoredProblem(ProblemId)!.State);
    }

    [Fact]
    public async Task RootCauseWorkaroundResolveClose_WalkTheLifecycle()
    {
        _harness.HoldsProblem(AProblem().Build());

        Reply first = await _harness.ReplyToAsync(Chat.Bob.Says("problem rootcause PRB-1001 The worker leaks connections"));
        Reply second = await _harness.ReplyToAsync(Chat.Bob.Says("problem workaround PRB-1001 Restart the worker"));
        Reply third = await _harness.ReplyToAsync(Chat.Olga.Says("problem resolve PRB-1001 Patched in 2.3"));
        Reply fourth = await _harness.ReplyToAsync(Chat.Root.Says("problem close PRB-1001"));

        Assert.Equal("Recorded the root cause of **PRB-1001**; it is in Root Cause Analysis.", first.Text);
        Assert.Equal("Recorded the workaround of **PRB-1001**; it is a Known Error.", second.Text);
        Assert.Equal("Resolved **PRB-1001**; it is Resolved.", third.Text);
        Assert.Equal("Closed **PRB-1001**; it is Closed.", fourth.Text);
        Problem stored = _harness.StoredProblem(ProblemId)!;
        Assert.Equal("Restart the worker", stored.Workaround);
        Assert.Equal("Patched in 2.3", stored.Resolution);
    }

    [Fact]
    public async Task Resolve_NewProblem_IsRefusedAndChangesNothing()
    {
        _harness.HoldsProblem(AProblem().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("problem resolve PRB-1001 fixed"));

        Assert.StartsWith("PRB-1001 is New, so it can't be resolved", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ProblemState.New, _harness.StoredProblem(ProblemId)!.State);
    }

    [Fact]
    public async Task Link_ExistingIncident_IsLinkedAndAudited()
    {
        _harness.HoldsProblem(AProblem().Build());
        _harness.Holds(AnIncident().WithId(Inc1002).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("problem link PRB-1001 INC-1002"));

        Assert.Equal("Linked INC-1002 to **PRB-1001**; it is New.", reply.Text);
        Assert.Equal([BuilderDefaults.IncidentId, Inc1002], _harness.StoredProblem(ProblemId)!.Incidents);
    }

    [Fact]
    public async Task Link_MissingIncident_IsRefused()
    {
        _harness.HoldsProblem(AProblem().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("problem link PRB-1001 INC-1002"));

        Assert.Equal("I can't find INC-1002.", reply.Text);
    }

    [Theory]
    [InlineData("problem link INC-1001 INC-1002", "INC-1001 is not a problem; problem ids look like PRB-1001.")]
    [InlineData("problem link PRB-1001 CHG-1001", "CHG-1001 is not an incident; incident ids look like INC-1001.")]
    [InlineData("problem show PRB-4242", "I can't find PRB-4242.")]
    [InlineData("problem rootcause PRB-4242 cause", "I can't find PRB-4242.")]
    public async Task WrongIds_AreClearRefusals(string typed, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(typed));

        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task Unlink_NotLinked_SaysSo()
    {
        _harness.HoldsProblem(AProblem().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("problem unlink PRB-1001 INC-1002"));

        Assert.Equal("INC-1002 is not linked to PRB-1001.", reply.Text);
    }

    [Fact]
    public async Task Link_AfterAConflict_ReReadsAndLinksOnTheFreshCopy()
    {
        _harness.HoldsProblem(AProblem().Build());
        _harness.Holds(AnIncident().WithId(Inc1002).Build());
        _harness.InjectProblemConflicts(2);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("problem link PRB-1001 INC-1002"));

        Assert.Equal("Linked INC-1002 to **PRB-1001**; it is New.", reply.Text);
        Assert.Contains(Inc1002, _harness.StoredProblem(ProblemId)!.Incidents);
    }

    [Fact]
    public async Task Link_OthersKeepWriting_GivesUpClearly()
    {
        _harness.HoldsProblem(AProblem().Build());
        _harness.Holds(AnIncident().WithId(Inc1002).Build());
        _harness.InjectProblemConflicts(100);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("problem link PRB-1001 INC-1002"));

        Assert.Equal("PRB-1001 is being changed by others right now; nothing was changed. Try again in a moment.", reply.Text);
    }

    [Fact]
    public async Task Workaround_HostileText_IsStoredVerbatim()
    {
        _harness.HoldsProblem(AProblem().Build());
        const string hostile = "<script>x</script> PartitionKey eq 'PRB' or '1'='1";

        await _harness.HandleAsync(Chat.Bob.Says($"problem workaround PRB-1001 {hostile}"));

        Assert.Equal(hostile, _harness.StoredProblem(ProblemId)!.Workaround);
    }

    [Fact]
    public async Task Show_ByARequester_ShowsTheCardWithHistoryAndNoButtons()
    {
        _harness.HoldsProblem(AProblem().InState(ProblemState.KnownError).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("problem show PRB-1001"));

        Card card = reply.Card!;
        Assert.Contains(new CardFact("State", "Known Error"), card.Facts);
        Assert.Contains(new CardFact("Incidents", "INC-1001"), card.Facts);
        Assert.Contains("**Workaround:** Restart the queue worker.", card.Body, StringComparison.Ordinal);
        Assert.Contains("**History**", card.Body, StringComparison.Ordinal);
        Assert.Empty(card.Buttons);
    }

    [Fact]
    public async Task Show_ByAnAgent_OffersTheNextStep()
    {
        _harness.HoldsProblem(AProblem().InState(ProblemState.KnownError).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("problem show PRB-1001"));

        CardButton button = Assert.Single(reply.Card!.Buttons);
        Assert.Equal("form.problem.resolve", button.ActionId);
    }

    [Theory]
    [InlineData("problem list", "**Open problems**\n- **PRB-1002** · Known Error · Printer jams · printing · 1 incident\n- **PRB-1001** · New · Mail queue stalls · email · 1 incident")]
    [InlineData("problem list known", "**Known errors**\n- **PRB-1002** · Known Error · Printer jams · printing · 1 incident")]
    [InlineData("problem list all", "**All problems**\n- **PRB-1003** · Closed · Old · email · 1 incident\n- **PRB-1002** · Known Error · Printer jams · printing · 1 incident\n- **PRB-1001** · New · Mail queue stalls · email · 1 incident")]
    public async Task List_ByAnyone_ReadsTheIndexOfItsScope(string typed, string expected)
    {
        _harness.HoldsProblem(AProblem().Build());
        _harness.HoldsProblem(AProblem().WithId(new TicketId(TicketType.Problem, 1002)).Titled("Printer jams").OnService("printing").InState(ProblemState.KnownError).Build());
        _harness.HoldsProblem(AProblem().WithId(new TicketId(TicketType.Problem, 1003)).Titled("Old").InState(ProblemState.Closed).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(typed));

        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task Workaround_ByAnotherAgent_TellsWhoRaisedIt()
    {
        _harness.HoldsProblem(AProblem().Build());

        await _harness.HandleAsync(Chat.Olga.Says("problem workaround PRB-1001 Restart the worker"));

        NotificationWork told = Assert.Single(_harness.ProblemOutbound.OfType<NotificationWork>());
        Assert.Equal(BuilderDefaults.Agent, told.Target.Person);
        Assert.Equal("PRB-1001:2:requester", told.WorkId);
        Assert.StartsWith("Your problem **PRB-1001** (Mail queue stalls) is now **Known Error** (Olga): Restart the worker", told.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RootCause_ByWhoRaisedIt_TellsNobody()
    {
        _harness.HoldsProblem(AProblem().Build());

        await _harness.HandleAsync(Chat.Bob.Says("problem rootcause PRB-1001 cause"));

        Assert.Empty(_harness.ProblemOutbound);
        Assert.Equal("cause", _harness.StoredProblem(ProblemId)!.RootCause);
    }
}
