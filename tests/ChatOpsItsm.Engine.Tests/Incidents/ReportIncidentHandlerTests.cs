using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Intake;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Incidents;

public sealed class ReportIncidentHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_CompleteTextCommand_CreatesOnceAndNamesIdAndPriority()
    {
        Reply reply = await _harness.ReplyToAsync(
            Chat.Alice.Says("incident report Mail is down service:email impact:high urgency:high"));

        await _harness.Incidents.Received(1).CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
        Assert.Equal("Reported **INC-1001** (P1). I'll keep you posted here.", reply.Text);
        Assert.NotNull(reply.Card);
        Assert.Equal("INC-1001 · Mail is down", reply.Card.Title);
    }

    [Fact]
    public async Task HandleAsync_CompleteTextCommand_BuildsTheIncidentFromTheCommand()
    {
        await _harness.HandleAsync(Chat.Alice.Says(
            "/incident report Error: printer jam service:printing urgency:low description:\"tray 2, since 8:00\""));

        Incident created = Assert.Single(_harness.Created);
        Assert.Equal("Error: printer jam", created.Title);
        Assert.Equal("printing", created.Service);
        Assert.Equal(Impact.Medium, created.Impact);
        Assert.Equal(Urgency.Low, created.Urgency);
        Assert.Equal(Priority.P4, created.Priority);
        Assert.Equal("tray 2, since 8:00", created.Description);
        Assert.Equal(Chat.Alice.Identity, created.Requester);
        Assert.Equal("Alice", created.RequesterName);
        Assert.Equal("local:general", created.ToSnapshot().Channel);
        Assert.Equal(_harness.Time.GetUtcNow(), created.CreatedAt);
    }

    [Fact]
    public async Task HandleAsync_NoImpactOrUrgency_DefaultsToMediumP3()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident report Slow wiki service:wiki"));

        Assert.Equal("Reported **INC-1001** (P3). I'll keep you posted here.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_MissingService_AsksWithAFormPrefilledWithTheTitle()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident report Printer on fire impact:high"));

        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
        Assert.Equal("Almost there: I still need the service.", reply.Text);
        Card form = Assert.IsType<Card>(reply.Card);
        Assert.True(form.IsForm);
        Assert.Equal("Printer on fire", form.Inputs.Single(i => i.Name == "title").Value);
        Assert.Equal("high", form.Inputs.Single(i => i.Name == "impact").Value);
        Assert.Null(form.Inputs.Single(i => i.Name == "service").Value);
        Assert.Equal(["email", "printing", "vpn"], form.Inputs.Single(i => i.Name == "service").Choices);
    }

    [Fact]
    public async Task HandleAsync_MissingService_SavesADialogTheFormCarries()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident report Printer on fire"));

        await _harness.Dialogs.Received(1).SaveAsync(
            Arg.Is<DialogState>(d => d.Kind == IntakeDialogs.Kind && d.Key.User == Chat.Alice.Identity),
            null,
            Arg.Any<CancellationToken>());
        DialogState dialog = Assert.IsType<DialogState>(_harness.DialogOf(Chat.Alice));
        Assert.Equal(_harness.Time.GetUtcNow() + TimeSpan.FromHours(24), dialog.ExpiresAt);
        CardButton submit = reply.Card!.Buttons.Single(b => b.ActionId == "incident.report");
        Assert.Equal(dialog.DialogId, submit.Data["dialog"]);
        Assert.Contains(reply.Card.Buttons, b => b.ActionId == "intake.cancel" && b.Data["dialog"] == dialog.DialogId);
    }

    [Fact]
    public async Task HandleAsync_NothingButTheCommand_AsksForTitleAndService()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("incident report"));

        Assert.Equal("Almost there: I still need the title and service.", reply.Text);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("impact:huge", "The impact must be one of: high, medium, low.")]
    [InlineData("urgency:now", "The urgency must be one of: high, medium, low.")]
    [InlineData("impact:1", "The impact must be one of: high, medium, low.")]
    public async Task HandleAsync_InvalidLevel_SaysSoAndCreatesNothing(string option, string expected)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says($"incident report Mail is down service:email {option}"));

        Assert.Equal(expected, reply.Text);
        Assert.Null(reply.Card);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
        await _harness.Dialogs.DidNotReceive().SaveAsync(Arg.Any<DialogState>(), Arg.Any<RecordVersion?>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_OverLongTitle_NamesTheLimitAndCreatesNothing()
    {
        string title = string.Join(' ', Enumerable.Repeat("broken", 40));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says($"incident report {title} service:email"));

        Assert.Equal($"The title is {title.Length} characters long; the limit is 200.", reply.Text);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_OverLongService_NamesTheLimitAndCreatesNothing()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says($"incident report Down service:{new string('s', 81)}"));

        Assert.Equal("The service is 81 characters long; the limit is 80.", reply.Text);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_FormSubmittedForItsDialog_CreatesOnceAndEndsTheDialog()
    {
        Reply form = await _harness.ReplyToAsync(Chat.Alice.Says("incident report Printer on fire"));
        string dialogId = form.Card!.Buttons[0].Data["dialog"];

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Submits(
            "incident.report", ("dialog", dialogId), ("title", "Printer on fire"), ("service", "printing"), ("impact", "high")));

        Assert.Equal("Reported **INC-1001** (P2). I'll keep you posted here.", reply.Text);
        await _harness.Incidents.Received(1).CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
        await _harness.Dialogs.Received(1).DeleteAsync(Arg.Any<DialogKey>(), Arg.Any<RecordVersion>(), Arg.Any<CancellationToken>());
        Assert.Null(_harness.DialogOf(Chat.Alice));
    }

    [Fact]
    public async Task HandleAsync_SameFormSubmittedTwice_CreatesOnce()
    {
        Reply form = await _harness.ReplyToAsync(Chat.Alice.Says("incident report Printer on fire"));
        string dialogId = form.Card!.Buttons[0].Data["dialog"];
        InboundFormSubmission submission = Chat.Alice.Submits("incident.report", ("dialog", dialogId), ("title", "Printer on fire"), ("service", "printing"));
        await _harness.HandleAsync(submission);

        Reply second = await _harness.ReplyToAsync(submission);

        Assert.Contains("expired or was already handled", second.Text, StringComparison.Ordinal);
        await _harness.Incidents.Received(1).CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_FormForAnotherDialog_IsStaleAndCreatesNothing()
    {
        await _harness.HandleAsync(Chat.Alice.Says("incident report Printer on fire"));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Submits(
            "incident.report", ("dialog", "not-the-dialog"), ("title", "Printer on fire"), ("service", "printing")));

        Assert.Contains("expired or was already handled", reply.Text, StringComparison.Ordinal);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
        Assert.NotNull(_harness.DialogOf(Chat.Alice));
    }

    [Fact]
    public async Task HandleAsync_FormSubmittedStillMissingTheService_AsksAgain()
    {
        Reply form = await _harness.ReplyToAsync(Chat.Alice.Says("incident report Printer on fire"));
        string dialogId = form.Card!.Buttons[0].Data["dialog"];

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Submits(
            "incident.report", ("dialog", dialogId), ("title", "Printer on fire"), ("service", " ")));

        Assert.Equal("Almost there: I still need the service.", reply.Text);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_P1Reported_StoresTheOnCallAlertsAndSlaTimersWithIt()
    {
        await _harness.HandleAsync(Chat.Alice.Says("incident report Mail is down service:email impact:high urgency:high"));

        Assert.Equal(
            ["INC-1001:1:oncall:local:oncall", "INC-1001:1:oncall:teams:19:oncall@thread.tacv2"],
            _harness.Outbound.OfType<NotificationWork>().Select(w => w.WorkId));
        Assert.Equal(4, _harness.Outbound.OfType<TimerWork>().Count());
    }
}
