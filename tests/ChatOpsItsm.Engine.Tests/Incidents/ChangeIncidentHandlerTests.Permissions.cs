using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.Incidents;

/// <summary>Who may change an incident (SPEC §3): a refusal is a clear reply and nothing is written.</summary>
public sealed partial class ChangeIncidentHandlerTests
{
    [Theory]
    [InlineData(IncidentState.New, "incident assign INC-1001 me", "incident assign")]
    [InlineData(IncidentState.InProgress, "incident resolve INC-1001 I fixed it myself", "incident resolve")]
    [InlineData(IncidentState.InProgress, "incident hold INC-1001 for:requester back Monday", "incident hold")]
    [InlineData(IncidentState.OnHold, "incident resume INC-1001", "incident resume")]
    public async Task HandleAsync_RequesterUsesAWorkerCommand_IsRefusedAndNothingSaved(IncidentState from, string command, string path)
    {
        _harness.Holds(AnIncident().InState(from).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(command));

        Assert.Equal($"Only agents and on-call engineers can use `{path}`.", reply.Text);
        await _harness.Incidents.DidNotReceive().GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>());
        await _harness.Incidents.DidNotReceive().SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_RequesterClicksAssignToMe_IsRefusedAndNothingSaved()
    {
        _harness.Holds(AnIncident().WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("incident.assign", ("id", "INC-1001"), ("user", "me")));

        Assert.Equal("Only agents and on-call engineers can use `incident assign`.", reply.Text);
        await _harness.Incidents.DidNotReceive().SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_RequesterAsksForTheResolveForm_IsRefused()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("form.incident.resolve", ("id", "INC-1001")));

        Assert.Equal("Only agents and on-call engineers can use `incident resolve`.", reply.Text);
        Assert.Null(reply.Card);
    }

    [Theory]
    [InlineData(IncidentState.New, "incident note INC-1001 It smokes more now", IncidentState.New)]
    [InlineData(IncidentState.New, "incident cancel INC-1001 It was unplugged", IncidentState.Canceled)]
    [InlineData(IncidentState.Resolved, "incident reopen INC-1001 It jams again", IncidentState.InProgress)]
    [InlineData(IncidentState.Resolved, "incident close INC-1001", IncidentState.Closed)]
    public async Task HandleAsync_RequesterOnTheirOwnIncident_MayNoteCancelReopenAndClose(
        IncidentState from, string command, IncidentState expected)
    {
        Incident incident = _harness.Holds(AnIncident().InState(from).WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Alice.Says(command));

        Assert.Equal(expected, incident.State);
        Assert.Single(incident.PendingEvents);
        await _harness.Incidents.Received(1).SaveAsync(incident, EngineHarness.StoredVersion, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(IncidentState.New, "incident note INC-1001 Me too")]
    [InlineData(IncidentState.New, "incident cancel INC-1001 Not needed")]
    [InlineData(IncidentState.Resolved, "incident reopen INC-1001 Still broken")]
    [InlineData(IncidentState.Resolved, "incident close INC-1001")]
    public async Task HandleAsync_RequesterOnSomeoneElsesIncident_IsRefusedAndNothingSaved(IncidentState from, string command)
    {
        Incident incident = _harness.Holds(AnIncident().InState(from).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says(command));

        Assert.Equal("Only the requester, agents and on-call engineers can do that.", reply.Text);
        Assert.Equal(from, incident.State);
        Assert.Empty(incident.PendingEvents);
        await _harness.Incidents.DidNotReceive().SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("@alice", "alice")]
    [InlineData("local:carol", "carol")]
    [InlineData("teams:abc", "abc")]
    public async Task HandleAsync_AssignToSomeoneWhoIsNoAgent_IsRefusedAndNothingSaved(string user, string name)
    {
        _harness.Holds(AnIncident().WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says($"incident assign INC-1001 {user}"));

        Assert.Equal($"{name} is not an agent or on-call engineer, so they can't be assigned incidents.", reply.Text);
        await _harness.Incidents.DidNotReceive().SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_AssignToAMalformedUser_SaysHowToWriteAPerson()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident assign INC-1001 @"));

        Assert.Equal("`@` is not a person: write me, @name or platform:id.", reply.Text);
        await _harness.Incidents.DidNotReceive().GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("@olga", "local:olga")]
    [InlineData("local:root", "local:root")]
    [InlineData("bob", "local:bob")]
    public async Task HandleAsync_AssignToAnAgentOnCallOrAdmin_Assigns(string user, string expected)
    {
        Incident incident = _harness.Holds(AnIncident().WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Bob.Says($"incident assign INC-1001 {user}"));

        Assert.Equal(expected, incident.Assignee?.ToString());
    }

    [Theory]
    [MemberData(nameof(Workers))]
    public async Task HandleAsync_EveryKindOfWorker_MayResolveAnyIncident(string who)
    {
        ChannelUser worker = Chat.Named(who);
        Incident incident = _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        await _harness.HandleAsync(worker.Says("incident resolve INC-1001 Replaced the fuser"));

        Assert.Equal(IncidentState.Resolved, incident.State);
        Assert.Equal(worker.Identity, Assert.Single(incident.PendingEvents).Actor);
    }

    public static TheoryData<string> Workers() => ["bob", "olga", "root"];
}
