using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.Conversation;

/// <summary>A command the platform parsed (a Discord slash command) runs exactly as the same command typed as text.</summary>
public sealed class InboundCommandTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("alice", "incident report Mail is down service:email impact:high urgency:high", "incident.report",
        "title=Mail is down", "service=email", "impact=high", "urgency=high")]
    [InlineData("alice", "incident report Mail is down service:email impact:huge", "incident.report",
        "title=Mail is down", "service=email", "impact=huge")]
    [InlineData("alice", "incident resolve INC-1001 Fixed it", "incident.resolve", "id=INC-1001", "resolution=Fixed it")]
    [InlineData("bob", "incident resolve INC-1001", "incident.resolve", "id=INC-1001")]
    [InlineData("bob", "incident note INC-1 hello", "incident.note", "id=INC-1", "text=hello")]
    [InlineData("bob", "incident show INC-1001", "incident.show", "id=INC-1001")]
    [InlineData("alice", "help incident", "help", "topic=incident")]
    [InlineData("alice", "whoami", "whoami")]
    public async Task HandleAsync_Command_RepliesAsTheSameCommandTyped(string who, string typed, string actionId, params string[] values)
    {
        using EngineHarness typing = new();
        typing.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());
        _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());
        EngineResponse expected = await typing.HandleAsync(Chat.Named(who).Says(typed));

        EngineResponse response = await _harness.HandleAsync(Runs(Chat.Named(who), actionId, values));

        Assert.Equivalent(expected.Replies, response.Replies, strict: true);
        Assert.Equal(typing.Created.Count, _harness.Created.Count);
    }

    [Fact]
    public async Task HandleAsync_ReportWithEveryValue_CreatesTheIncidentFromTheValues()
    {
        Reply reply = await _harness.ReplyToAsync(Runs(
            Chat.Alice, "incident.report", "title=Printer on fire", "service=printing", "impact=high", "urgency=low", "description=tray 2"));

        Assert.Equal("Reported **INC-1001** (P3). I'll keep you posted here.", reply.Text);
        Incident created = Assert.Single(_harness.Created);
        Assert.Equal(("Printer on fire", "printing", Impact.High, Urgency.Low, "tray 2"),
            (created.Title, created.Service, created.Impact, created.Urgency, created.Description));
        Assert.Equal(Chat.Alice.Identity, created.Requester);
    }

    [Fact]
    public async Task HandleAsync_ResolveByARequester_IsRefusedAndNothingIsReadOrSaved()
    {
        _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Runs(Chat.Alice, "incident.resolve", "id=INC-1001", "resolution=I fixed it myself"));

        Assert.Equal("Only agents and on-call engineers can use `incident resolve`.", reply.Text);
        Assert.Null(reply.Card);
        await _harness.Incidents.DidNotReceive().GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>());
        await _harness.Incidents.DidNotReceive().SaveAsync(
            Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("impact=huge", "The impact must be one of: high, medium, low.")]
    [InlineData("urgency=3", "The urgency must be one of: high, medium, low.")]
    [InlineData("impact=high low", "The impact must be one of: high, medium, low.")]
    public async Task HandleAsync_BadChoiceValue_SaysWhatIsAllowedAndChangesNothing(string value, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Runs(Chat.Alice, "incident.report", "title=Mail is down", "service=email", value));

        Assert.Equal(expected, reply.Text);
        Assert.Null(reply.Card);
        await AssertNothingChangedAsync();
    }

    [Fact]
    public async Task HandleAsync_OverLongValue_NamesTheLimitAndChangesNothing()
    {
        Reply reply = await _harness.ReplyToAsync(Runs(Chat.Alice, "incident.report", "title=Down", $"service={new string('s', 81)}"));

        Assert.Equal("The service is 81 characters long; the limit is 80.", reply.Text);
        await AssertNothingChangedAsync();
    }

    [Theory]
    [InlineData("incident.explode", "`incident explode` is not a command I know any more. Try `help`.")]
    [InlineData("major.escalate", "`major escalate` is not a command I know any more. Try `help`.")]
    [InlineData("form.incident.resolve", "`form incident resolve` is not a command I know any more. Try `help`.")]
    [InlineData("intake.cancel", "`intake cancel` is not a command I know any more. Try `help`.")]
    public async Task HandleAsync_UnknownActionId_SaysSoAndTouchesNoStore(string actionId, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Runs(Chat.Root, actionId, "id=INC-1001"));

        Assert.Equal(expected, reply.Text);
        Assert.Null(reply.Card);
        Assert.Empty(_harness.Incidents.ReceivedCalls());
        Assert.Empty(_harness.Dialogs.ReceivedCalls());
    }

    [Fact]
    public async Task HandleAsync_ActionIdInAnotherCase_RunsTheCommand()
    {
        Reply reply = await _harness.ReplyToAsync(Runs(Chat.Alice, "Incident.Report", "title=Mail is down", "service=email"));

        Assert.Equal("Reported **INC-1001** (P3). I'll keep you posted here.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_ValueNamedLikeAFormField_IsIgnoredAsTypedTextWouldBe()
    {
        // Issue 5 regression: a "dialog" value passed straight through made the command a stale form submission.
        Reply reply = await _harness.ReplyToAsync(Runs(Chat.Alice, "incident.report", "title=Mail is down", "service=email", "dialog=not-a-dialog"));

        Assert.Equal("Reported **INC-1001** (P3). I'll keep you posted here.", reply.Text);
        Assert.Single(_harness.Created);
    }

    [Fact]
    public async Task HandleAsync_ValueNamesInAnotherCase_AreFoundAsTypedOptionsAre()
    {
        // Issue 5 regression: values in a case-sensitive dictionary were not found under the parameters' names.
        Dictionary<string, string> values = new(StringComparer.Ordinal) { ["Title"] = "Mail is down", ["SERVICE"] = "email" };

        Reply reply = await _harness.ReplyToAsync(new InboundCommand(Chat.EventId, Chat.Alice, Chat.General, "incident.report", values));

        Assert.Equal("Reported **INC-1001** (P3). I'll keep you posted here.", reply.Text);
        Assert.Equal("email", Assert.Single(_harness.Created).Service);
    }

    [Fact]
    public async Task HandleAsync_Command_LogsTheActionIdButNotTheValues()
    {
        _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        await _harness.HandleAsync(Runs(Chat.Bob, "incident.note", "id=INC-1001", "text=the admin password is hunter2"));

        FakeLogRecord record = Assert.Single(_harness.Logger.Collector.GetSnapshot());
        Assert.Equal("Handled InboundCommand event-1 from local: incident.note", record.Message);
        Assert.All(record.StructuredState!, pair => Assert.DoesNotContain("hunter2", pair.Value ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_SameCommandTwice_SecondIsAlreadyHandledAndCreatesNothing()
    {
        _harness.InboundLedger.TryRecordAsync("local:event-1", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(true, false);
        InboundCommand command = Runs(Chat.Alice, "incident.report", "title=Mail is down", "service=email");
        await _harness.HandleAsync(command);

        EngineResponse second = await _harness.HandleAsync(command);

        Assert.Same(EngineResponse.AlreadyHandled, second);
        Assert.Single(_harness.Created);
    }

    /// <summary>The slash command <paramref name="actionId"/> with option values written <c>name=value</c>.</summary>
    private static InboundCommand Runs(ChannelUser user, string actionId, params string[] values) =>
        new(Chat.EventId, user, Chat.General, actionId, values
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal));

    private async Task AssertNothingChangedAsync()
    {
        Assert.Empty(_harness.Created);
        await _harness.Dialogs.DidNotReceive().SaveAsync(Arg.Any<DialogState>(), Arg.Any<RecordVersion?>(), Arg.Any<CancellationToken>());
        await _harness.Incidents.DidNotReceive().SaveAsync(
            Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }
}
