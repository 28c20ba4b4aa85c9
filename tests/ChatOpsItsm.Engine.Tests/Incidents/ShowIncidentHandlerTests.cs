using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.Incidents;

public sealed class ShowIncidentHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_NewIncident_ShowsItsFactsAndSlaDueTimes()
    {
        _harness.Holds(AnIncident().WithDescription("Smoke from tray 2.").Build());
        _harness.Time.Advance(TimeSpan.FromHours(1));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident show INC-1001"));

        Card card = Assert.IsType<Card>(reply.Card);
        Assert.Equal("INC-1001 · Printer on fire", card.Title);
        Assert.Equal(
            [
                new CardFact("State", "New"),
                new CardFact("Priority", "P3 (impact medium, urgency medium)"),
                new CardFact("Service", "printing"),
                new CardFact("Requester", "Alice"),
                new CardFact("Assignee", "unassigned"),
                new CardFact("Response", "due in 3 h 0 min (2026-01-05 13:00 UTC)"),
                new CardFact("Resolution", "due in 23 h 0 min (2026-01-06 09:00 UTC)"),
                new CardFact("Reported", "2026-01-05 09:00 UTC"),
            ],
            card.Facts);
        Assert.StartsWith("Smoke from tray 2.", card.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_IncidentWithHistory_ListsTheHistoryInTheBody()
    {
        _harness.Holds(AnIncident().InState(IncidentState.Resolved).WithStepsEvery(TimeSpan.FromMinutes(30)).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident show INC-1001"));

        string expected = string.Join('\n',
            "**History**",
            "- 2026-01-05 09:00 UTC · Alice · reported (state — → New)",
            "- 2026-01-05 09:30 UTC · Bob · assigned (assignee — → local:bob, state New → In Progress): Bob",
            "- 2026-01-05 10:00 UTC · Bob · resolved (state In Progress → Resolved): Replaced the fuser.");
        Assert.EndsWith(expected, reply.Card?.Body, StringComparison.Ordinal);
        Assert.Contains("**Resolution:** Replaced the fuser.", reply.Card?.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_OverdueAndMetTargets_SayWhichIsWhich()
    {
        _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithPriority(Priority.P1)
            .WithStepsEvery(TimeSpan.FromMinutes(10)).Build());
        _harness.Time.Advance(TimeSpan.FromHours(5));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident show INC-1001"));

        IReadOnlyList<CardFact> facts = reply.Card!.Facts;
        Assert.Contains(new CardFact("State", "In Progress"), facts);
        Assert.Contains(new CardFact("Assignee", "Bob"), facts);
        Assert.Contains(new CardFact("Response", "met 2026-01-05 09:10 UTC"), facts);
        Assert.Contains(new CardFact("Resolution", "overdue by 1 h 0 min (2026-01-05 13:00 UTC)"), facts);
    }

    [Fact]
    public async Task HandleAsync_OnHoldForTheRequester_ShowsTheReasonAndThePausedClock()
    {
        _harness.Holds(AnIncident().InState(IncidentState.OnHold).WithHoldReason(HoldReason.AwaitingRequester).Build());
        _harness.Time.Advance(TimeSpan.FromDays(3));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident show INC-1001"));

        IReadOnlyList<CardFact> facts = reply.Card!.Facts;
        Assert.Contains(new CardFact("State", "On Hold (waiting on the requester)"), facts);
        Assert.Contains(new CardFact("Resolution", "paused, 24 h 0 min left"), facts);
    }

    [Fact]
    public async Task HandleAsync_UnknownId_SaysItCannotFindIt()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident show INC-9999"));

        Assert.Equal("I can't find INC-9999.", reply.Text);
        Assert.Null(reply.Card);
    }

    [Theory]
    [InlineData("incident show", "Which ticket? Usage: `incident show <id>`")]
    [InlineData("incident show yesterday", "`yesterday` is not a ticket id such as INC-1001.")]
    [InlineData("incident show CHG-1001", "CHG-1001 is not an incident; I can show incidents (INC-…) so far.")]
    public async Task HandleAsync_BadId_SaysWhatIsWrongWithoutReading(string command, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(command));

        Assert.Equal(expected, reply.Text);
        await _harness.Incidents.DidNotReceive().GetWithHistoryAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_AnyoneMayLook_EvenAtSomeoneElsesIncident()
    {
        _harness.Holds(AnIncident().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says("incident show INC-1001"));

        Assert.Equal("INC-1001 · Printer on fire", reply.Card?.Title);
        Assert.Empty(reply.Card!.Buttons);
    }
}
