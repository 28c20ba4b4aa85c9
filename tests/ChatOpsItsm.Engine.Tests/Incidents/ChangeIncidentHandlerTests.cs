using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Engine.Timers;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.Incidents;

/// <summary>
/// Lifecycle commands typed, clicked and submitted. The stored incident is INC-1001, "Printer on fire" on printing,
/// reported by Alice; <see cref="EngineHarness.Holds"/> puts it in the substituted store.
/// </summary>
public sealed partial class ChangeIncidentHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData(IncidentState.New, "incident assign INC-1001 me", IncidentState.InProgress, "**INC-1001** is assigned to Bob and In Progress.")]
    [InlineData(IncidentState.New, "/incident assign INC-1001", IncidentState.InProgress, "**INC-1001** is assigned to Bob and In Progress.")]
    [InlineData(IncidentState.New, "incident assign inc-1001 @olga", IncidentState.InProgress, "**INC-1001** is assigned to olga and In Progress.")]
    [InlineData(IncidentState.InProgress, "incident note INC-1001 Checked the spooler logs", IncidentState.InProgress, "Note added to **INC-1001**.")]
    [InlineData(IncidentState.InProgress, "incident hold INC-1001 for:vendor waiting on Dell", IncidentState.OnHold, "**INC-1001** is now On Hold.")]
    [InlineData(IncidentState.OnHold, "incident resume INC-1001", IncidentState.InProgress, "**INC-1001** is now In Progress.")]
    [InlineData(IncidentState.InProgress, "incident resolve INC-1001 Replaced the fuser", IncidentState.Resolved, "**INC-1001** is now Resolved.")]
    [InlineData(IncidentState.OnHold, "incident resolve INC-1001 Vendor shipped a part", IncidentState.Resolved, "**INC-1001** is now Resolved.")]
    [InlineData(IncidentState.Resolved, "incident close INC-1001", IncidentState.Closed, "**INC-1001** is now Closed.")]
    [InlineData(IncidentState.Resolved, "incident reopen INC-1001 Jams again", IncidentState.InProgress, "**INC-1001** is now In Progress.")]
    [InlineData(IncidentState.New, "incident cancel INC-1001 Reported twice", IncidentState.Canceled, "**INC-1001** is now Canceled.")]
    [InlineData(IncidentState.OnHold, "incident cancel INC-1001", IncidentState.Canceled, "**INC-1001** is now Canceled.")]
    public async Task HandleAsync_TypedLifecycleCommand_AppliesItAndSavesOnce(
        IncidentState from, string command, IncidentState expected, string confirmation)
    {
        Incident incident = _harness.Holds(AnIncident().InState(from).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(command));

        Assert.Equal(confirmation, reply.Text);
        Assert.Equal(expected, incident.State);
        Assert.Single(incident.PendingEvents);
        Assert.Equal("INC-1001 · Printer on fire", reply.Card?.Title);
        await _harness.Incidents.Received(1).SaveAsync(incident, EngineHarness.StoredVersion, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_Note_RecordsTheTextAndTheActor()
    {
        Incident incident = _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Bob.Says("incident note INC-1001 Error: fuser at 240°C, see https://kb.example/fuser"));

        AuditEvent note = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.NoteAdded, note.Action);
        Assert.Equal("Error: fuser at 240°C, see https://kb.example/fuser", note.Text);
        Assert.Equal(Chat.Bob.Identity, note.Actor);
        Assert.Equal("local:general", note.Channel);
        Assert.Equal(_harness.Time.GetUtcNow(), note.At);
    }

    [Theory]
    [InlineData("for:vendor", HoldReason.AwaitingVendor)]
    [InlineData("for:change", HoldReason.AwaitingChange)]
    [InlineData("for:requester", HoldReason.AwaitingRequester)]
    [InlineData("", HoldReason.AwaitingRequester)]
    public async Task HandleAsync_Hold_UsesTheReasonGiven(string option, HoldReason expected)
    {
        Incident incident = _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Bob.Says($"incident hold INC-1001 {option} waiting"));

        Assert.Equal(expected, incident.HoldReason);
    }

    [Fact]
    public async Task HandleAsync_Resolve_KeepsTheResolution()
    {
        Incident incident = _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Bob.Says("incident resolve INC-1001 Replaced the fuser; prints fine"));

        Assert.Equal("Replaced the fuser; prints fine", incident.Resolution);
    }

    [Fact]
    public async Task HandleAsync_AssignButtonClicked_AssignsToTheClicker()
    {
        Incident incident = _harness.Holds(AnIncident().WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Clicks("incident.assign", ("id", "INC-1001"), ("user", "me")));

        Assert.Equal("**INC-1001** is assigned to Bob and In Progress.", reply.Text);
        Assert.Equal(Chat.Bob.Identity, incident.Assignee);
        await _harness.Incidents.Received(1).SaveAsync(incident, EngineHarness.StoredVersion, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(IncidentState.OnHold, "incident.resume", IncidentState.InProgress)]
    [InlineData(IncidentState.Resolved, "incident.close", IncidentState.Closed)]
    public async Task HandleAsync_OneClickButton_AppliesTheCommand(IncidentState from, string actionId, IncidentState expected)
    {
        Incident incident = _harness.Holds(AnIncident().InState(from).WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Bob.Clicks(actionId, ("id", "INC-1001")));

        Assert.Equal(expected, incident.State);
        await _harness.Incidents.Received(1).SaveAsync(incident, EngineHarness.StoredVersion, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_ResolveFormButton_ShowsAFormThatSubmitsIncidentResolve()
    {
        _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Clicks("form.incident.resolve", ("id", "INC-1001")));

        Card form = Assert.IsType<Card>(reply.Card);
        Assert.Equal("Resolve INC-1001", form.Title);
        CardInput resolution = Assert.Single(form.Inputs);
        Assert.Equal("resolution", resolution.Name);
        Assert.True(resolution.Required);
        CardButton submit = Assert.Single(form.Buttons);
        Assert.Equal("incident.resolve", submit.ActionId);
        Assert.Equal("INC-1001", submit.Data["id"]);
        await _harness.Incidents.DidNotReceive().GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>());
        await _harness.Incidents.DidNotReceive().SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_ResolveFormSubmitted_ResolvesWithTheTypedResolution()
    {
        Incident incident = _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(
            Chat.Bob.Submits("incident.resolve", ("id", "INC-1001"), ("resolution", "Cleared the paper path.\nTested a page.")));

        Assert.Equal("**INC-1001** is now Resolved.", reply.Text);
        Assert.Equal("Cleared the paper path.\nTested a page.", incident.Resolution);
        await _harness.Incidents.Received(1).SaveAsync(incident, EngineHarness.StoredVersion, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("form.incident.note", "Note INC-1001", "text")]
    [InlineData("form.incident.hold", "Hold INC-1001", "for,reason")]
    [InlineData("form.incident.reopen", "Reopen INC-1001", "reason")]
    [InlineData("form.incident.cancel", "Cancel INC-1001", "reason")]
    public async Task HandleAsync_FormButton_AsksForTheParametersTheButtonDidNotFix(string actionId, string title, string inputs)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Clicks(actionId, ("id", "INC-1001")));

        Assert.Equal(title, reply.Card?.Title);
        Assert.Equal(inputs.Split(','), reply.Card!.Inputs.Select(i => i.Name));
        Assert.Equal(actionId["form.".Length..], Assert.Single(reply.Card.Buttons).ActionId);
    }

    [Fact]
    public async Task HandleAsync_UnknownButton_SaysSoAndChangesNothing()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Clicks("incident.explode", ("id", "INC-1001")));

        Assert.Equal("That button is not one I know any more. Try `help`.", reply.Text);
        await _harness.Incidents.DidNotReceive().GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_DomainRefusesResolvingANewIncident_SaysWhyAndSavesNothing()
    {
        Incident incident = _harness.Holds(AnIncident().WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident resolve INC-1001 Fixed it"));

        Assert.Equal("INC-1001 is New, so it can't be resolved: assign it first.", reply.Text);
        Assert.Null(reply.Card);
        Assert.Equal(IncidentState.New, incident.State);
        Assert.Empty(incident.PendingEvents);
        await _harness.Incidents.DidNotReceive().SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(IncidentState.InProgress, "incident resolve INC-1001", "The resolution is required.")]
    [InlineData(IncidentState.Resolved, "incident reopen INC-1001", "The reason is required.")]
    [InlineData(IncidentState.InProgress, "incident note INC-1001", "The note is required.")]
    [InlineData(IncidentState.InProgress, "incident close INC-1001", "INC-1001 is In Progress, so it can't be closed: resolve it first.")]
    [InlineData(IncidentState.Closed, "incident note INC-1001 hello", "INC-1001 is Closed, so it can't be given a note: open a new incident instead.")]
    [InlineData(IncidentState.New, "incident hold INC-1001 for:vendor", "INC-1001 is New, so it can't be put on hold: assign it first.")]
    [InlineData(IncidentState.InProgress, "incident assign INC-1001 me", "INC-1001 is already assigned to Bob.")]
    public async Task HandleAsync_DomainRefusal_SaysWhyAndSavesNothing(IncidentState from, string command, string expected)
    {
        _harness.Holds(AnIncident().InState(from).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(command));

        Assert.Equal(expected, reply.Text);
        await _harness.Incidents.DidNotReceive().SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_UnknownId_SaysItCannotFindIt()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("incident close INC-4242"));

        Assert.Equal("I can't find INC-4242.", reply.Text);
        await _harness.Incidents.DidNotReceive().SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("incident close", "Which ticket? Usage: `incident close <id>`")]
    [InlineData("incident close 1001", "`1001` is not a ticket id such as INC-1001.")]
    [InlineData("incident close CHG-1001", "CHG-1001 is not an incident.")]
    [InlineData("incident hold INC-1001 for:lunch", "The for must be one of: requester, vendor, change.")]
    public async Task HandleAsync_BadArguments_SaysWhatIsWrongWithoutReadingTheStore(string command, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(command));

        Assert.Equal(expected, reply.Text);
        await _harness.Incidents.DidNotReceive().GetAsync(Arg.Any<TicketId>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_OverLongNote_NamesTheLimitAndSavesNothing()
    {
        _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says($"incident note INC-1001 {new string('n', 4001)}"));

        Assert.Equal("The text is 4001 characters long; the limit is 4000.", reply.Text);
        await _harness.Incidents.DidNotReceive().SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_StateChangedByAnAgent_SavesTheRequestersNoticeWithTheChange()
    {
        _harness.Holds(AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Bob.Says("incident resolve INC-1001 Replaced the fuser"));

        Assert.Contains(_harness.Outbound, w => w is NotificationWork { WorkId: "INC-1001:3:requester" });
        Assert.Contains(_harness.Outbound, w => w is TimerWork { Kind: TimerKind.AutoClose });
    }
}
