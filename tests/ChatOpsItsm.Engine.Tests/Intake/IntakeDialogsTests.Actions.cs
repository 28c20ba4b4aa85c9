using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Intake;

/// <summary>The clicks and forms that follow a proposal: each proposal is reported at most once.</summary>
public sealed partial class IntakeDialogsTests
{
    [Fact]
    public async Task HandleActionAsync_ReportWithTheMatchingDialog_DeletesItAndCreatesTheIncident()
    {
        string dialogId = await ProposeAsync(EmailDown);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("intake.report", ("dialog", dialogId)));

        Assert.Equal("Reported **INC-1001** (P1). I'll keep you posted here.", reply.Text);
        await _harness.Dialogs.Received(1).DeleteAsync(
            new DialogKey(Chat.General, Chat.Alice.Identity), Arg.Any<RecordVersion>(), Arg.Any<CancellationToken>());
        Assert.Null(_harness.DialogOf(Chat.Alice));
        await _harness.Incidents.Received(1).CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
        Incident created = Assert.Single(_harness.Created);
        Assert.Equal(EmailDown, created.Title);
        Assert.Equal("email", created.Service);
        Assert.Equal(Priority.P1, created.Priority);
        Assert.Equal(Chat.Alice.Identity, created.Requester);
    }

    [Theory]
    [InlineData("intake.report")]
    [InlineData("intake.edit")]
    [InlineData("intake.cancel")]
    public async Task HandleActionAsync_MismatchedDialogId_SaysExpiredAndChangesNothing(string actionId)
    {
        await ProposeAsync(EmailDown);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks(actionId, ("dialog", "an-older-proposal")));

        Assert.Equal(
            "That proposal has expired or was already handled. Describe the problem again, or use `incident report`.",
            reply.Text);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
        await _harness.Dialogs.DidNotReceive().DeleteAsync(Arg.Any<DialogKey>(), Arg.Any<RecordVersion>(), Arg.Any<CancellationToken>());
        Assert.NotNull(_harness.DialogOf(Chat.Alice));
    }

    [Fact]
    public async Task HandleActionAsync_NoDialogAtAll_SaysExpired()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("intake.report", ("dialog", "whatever")));

        Assert.Contains("expired", reply.Text, StringComparison.Ordinal);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleActionAsync_ClickWithoutDialogData_SaysExpired()
    {
        await ProposeAsync(EmailDown);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("intake.report"));

        Assert.Contains("expired", reply.Text, StringComparison.Ordinal);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleActionAsync_SomeoneElseClicksTheProposal_SaysExpiredAndCreatesNothing()
    {
        string dialogId = await ProposeAsync(EmailDown);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Clicks("intake.report", ("dialog", dialogId)));

        Assert.Contains("expired", reply.Text, StringComparison.Ordinal);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
        Assert.NotNull(_harness.DialogOf(Chat.Alice));
    }

    [Fact]
    public async Task HandleActionAsync_Cancel_DeletesTheDialogAndCreatesNothing()
    {
        string dialogId = await ProposeAsync(EmailDown);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("intake.cancel", ("dialog", dialogId)));

        Assert.Equal("Okay, I haven't reported anything.", reply.Text);
        Assert.Null(_harness.DialogOf(Chat.Alice));
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleActionAsync_Edit_ShowsTheReportFormPrefilledAndKeepsTheDialog()
    {
        string dialogId = await ProposeAsync(EmailDown);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("intake.edit", ("dialog", dialogId)));

        Assert.Equal("Change what you need, then report it.", reply.Text);
        Card form = Assert.IsType<Card>(reply.Card);
        Assert.True(form.IsForm);
        Assert.Equal(EmailDown, Value(form, "title"));
        Assert.Equal("email", Value(form, "service"));
        Assert.Equal("high", Value(form, "impact"));
        Assert.Equal("high", Value(form, "urgency"));
        CardButton submit = form.Buttons.Single(b => b.ActionId == "incident.report");
        Assert.Equal(dialogId, submit.Data["dialog"]);
        Assert.Contains(form.Buttons, b => b.ActionId == "intake.cancel");
        Assert.NotNull(_harness.DialogOf(Chat.Alice));
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleActionAsync_EditThenSubmitTheForm_CreatesOnceWithTheEditedValues()
    {
        string dialogId = await ProposeAsync(EmailDown);
        await _harness.HandleAsync(Chat.Alice.Clicks("intake.edit", ("dialog", dialogId)));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Submits(
            "incident.report", ("dialog", dialogId), ("title", "Outlook down"), ("service", "email"), ("impact", "medium"), ("urgency", "high")));

        Assert.Equal("Reported **INC-1001** (P2). I'll keep you posted here.", reply.Text);
        Assert.Equal("Outlook down", Assert.Single(_harness.Created).Title);
        await _harness.Incidents.Received(1).CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
        Assert.Null(_harness.DialogOf(Chat.Alice));
    }

    [Fact]
    public async Task HandleActionAsync_SecondReportClickAfterTheDialogIsGone_CreatesNothingMore()
    {
        string dialogId = await ProposeAsync(EmailDown);
        await _harness.HandleAsync(Chat.Alice.Clicks("intake.report", ("dialog", dialogId)));

        Reply second = await _harness.ReplyToAsync(Chat.Alice.Clicks("intake.report", ("dialog", dialogId)));

        Assert.Contains("expired or was already handled", second.Text, StringComparison.Ordinal);
        await _harness.Incidents.Received(1).CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleActionAsync_EditFormSubmittedAfterReportWasClicked_CreatesNothingMore()
    {
        string dialogId = await ProposeAsync(EmailDown);
        await _harness.HandleAsync(Chat.Alice.Clicks("intake.edit", ("dialog", dialogId)));
        await _harness.HandleAsync(Chat.Alice.Clicks("intake.report", ("dialog", dialogId)));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Submits(
            "incident.report", ("dialog", dialogId), ("title", "Outlook down"), ("service", "email")));

        Assert.Contains("expired or was already handled", reply.Text, StringComparison.Ordinal);
        await _harness.Incidents.Received(1).CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleActionAsync_DialogTakenByAnotherInstanceFirst_CreatesNothing()
    {
        string dialogId = await ProposeAsync(EmailDown);
        _harness.Dialogs.DeleteAsync(Arg.Any<DialogKey>(), Arg.Any<RecordVersion>(), Arg.Any<CancellationToken>())
            .Returns(SaveOutcome.Conflict);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("intake.report", ("dialog", dialogId)));

        Assert.Contains("expired", reply.Text, StringComparison.Ordinal);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleActionAsync_ReportWithoutAService_AsksWithTheFormInstead()
    {
        string dialogId = await ProposeAsync("The coffee machine in building 2 is leaking");

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("intake.report", ("dialog", dialogId)));

        Assert.Equal("I still need the service.", reply.Text);
        Assert.True(reply.Card?.IsForm);
        Assert.NotNull(_harness.DialogOf(Chat.Alice));
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleActionAsync_UnknownIntakeButton_SaysSo()
    {
        string dialogId = await ProposeAsync(EmailDown);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Clicks("intake.explode", ("dialog", dialogId)));

        Assert.Equal("I don't know that button. Try `help`.", reply.Text);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }
}
