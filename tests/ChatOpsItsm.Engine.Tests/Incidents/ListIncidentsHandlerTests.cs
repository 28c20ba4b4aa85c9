using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Incidents;

public sealed class ListIncidentsHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("bob")]
    [InlineData("olga")]
    [InlineData("root")]
    public async Task HandleAsync_WorkerWithoutScope_ListsTheOpenQueue(string who)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Named(who).Says("incident list"));

        Assert.Equal("**Open incidents**: none.", reply.Text);
        await _harness.Incidents.Received(1).ListAsync(
            Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.Open && q.PageSize == ListIncidentsHandler.PageSize && q.Priority == null),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_RequesterWithoutScope_ListsTheirOwnIncidents()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident list"));

        Assert.Equal("**Your incidents**: none.", reply.Text);
        await _harness.Incidents.Received(1).ListAsync(
            Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.RequestedBy && q.Person == Chat.Alice.Identity),
            Arg.Any<CancellationToken>());
        await _harness.Incidents.DidNotReceive().ListAsync(
            Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.AssignedTo), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_PriorityFilter_IsPassedToTheQuery()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident list open priority:p1"));

        Assert.Equal("**Open incidents (P1)**: none.", reply.Text);
        await _harness.Incidents.Received(1).ListAsync(
            Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.Open && q.Priority == Priority.P1),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_All_ReadsTheAllIndex()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident list all"));

        Assert.Equal("**All incidents**: none.", reply.Text);
        await _harness.Incidents.Received(1).ListAsync(
            Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.All), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_Items_AreListedOneLineEach()
    {
        _harness.Incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>()).Returns(new IncidentPage(
            [
                Summary(1002, Priority.P1, IncidentState.InProgress, "Mail is down", "email", "Bob"),
                Summary(1001, Priority.P3, IncidentState.New, "Printer on fire", "printing", null),
            ],
            null));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident list"));

        Assert.Equal(
            "**Open incidents**\n"
            + "- **INC-1002** · P1 · In Progress · Mail is down · email · Bob\n"
            + "- **INC-1001** · P3 · New · Printer on fire · printing · unassigned",
            reply.Text);
    }

    [Fact]
    public async Task HandleAsync_MorePagesExist_SaysOnlyTheFirstAreShown()
    {
        _harness.Incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>()).Returns(new IncidentPage(
            [Summary(1001, Priority.P3, IncidentState.New, "Printer on fire", "printing", null)], "next-page"));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident list all"));

        Assert.EndsWith("_Showing the first 20; narrow it with `priority:P1` or see the REST API for all._", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WorkerAsksForMine_MergesReportedAndAssignedNewestFirst()
    {
        IncidentSummary both = Summary(1003, Priority.P2, IncidentState.InProgress, "Both", "vpn", "Bob");
        _harness.Incidents.ListAsync(Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.RequestedBy), Arg.Any<CancellationToken>())
            .Returns(new IncidentPage([Summary(1001, Priority.P4, IncidentState.New, "Reported", "vpn", null), both], null));
        _harness.Incidents.ListAsync(Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.AssignedTo), Arg.Any<CancellationToken>())
            .Returns(new IncidentPage([both, Summary(1005, Priority.P2, IncidentState.OnHold, "Assigned", "email", "Bob")], null));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident list mine"));

        Assert.Equal(
            "**Your incidents**\n"
            + "- **INC-1005** · P2 · On Hold · Assigned · email · Bob\n"
            + "- **INC-1003** · P2 · In Progress · Both · vpn · Bob\n"
            + "- **INC-1001** · P4 · New · Reported · vpn · unassigned",
            reply.Text);
        await _harness.Incidents.Received(1).ListAsync(
            Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.AssignedTo && q.Person == Chat.Bob.Identity), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_MineWithPriority_FiltersTheMergedList()
    {
        _harness.Incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>()).Returns(new IncidentPage(
            [
                Summary(1001, Priority.P4, IncidentState.New, "Low", "vpn", null),
                Summary(1002, Priority.P2, IncidentState.New, "High", "vpn", null),
            ],
            null));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident list mine priority:P2"));

        Assert.Equal("**Your incidents (P2)**\n- **INC-1002** · P2 · New · High · vpn · unassigned", reply.Text);
    }

    [Theory]
    [InlineData("incident list yours", "The scope must be one of: mine, open, all.")]
    [InlineData("incident list priority:urgent", "The priority must be one of: P1, P2, P3, P4, P5.")]
    public async Task HandleAsync_BadOption_SaysSoWithoutReading(string command, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(command));

        Assert.Equal(expected, reply.Text);
        await _harness.Incidents.DidNotReceive().ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>());
    }

    private static IncidentSummary Summary(long number, Priority priority, IncidentState state, string title, string service, string? assignee) =>
        new(new TicketId(TicketType.Incident, number), title, service, priority, state,
            new UserIdentity("local", "alice"), "Alice",
            assignee is null ? null : new UserIdentity("local", assignee.ToLowerInvariant()), assignee,
            DateTimeOffset.UnixEpoch);
}
