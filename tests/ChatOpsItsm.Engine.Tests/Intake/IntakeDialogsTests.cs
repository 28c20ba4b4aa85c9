using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Intake;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Intake;

public sealed partial class IntakeDialogsTests : IDisposable
{
    private const string EmailDown = "Email is down for everyone in the office";
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task ProposeAsync_PlainText_ProposesAnIncidentWithGuessedFields()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(EmailDown));

        Assert.Equal("I can open an incident for that. Is this right?", reply.Text);
        Card card = Assert.IsType<Card>(reply.Card);
        Assert.Equal("Report this incident?", card.Title);
        Assert.Equal(
            [
                new CardFact("Title", EmailDown),
                new CardFact("Service", "email"),
                new CardFact("Impact", "high"),
                new CardFact("Urgency", "high"),
                new CardFact("Priority", "P1"),
            ],
            card.Facts);
        await _harness.Incidents.DidNotReceive().CreateAsync(Arg.Any<Func<TicketId, Incident>>(), Arg.Any<Func<Incident, IReadOnlyList<OutboundWork>>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProposeAsync_PlainText_OffersReportEditCancelCarryingTheSavedDialogId()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(EmailDown));

        await _harness.Dialogs.Received(1).SaveAsync(Arg.Any<DialogState>(), null, Arg.Any<CancellationToken>());
        DialogState dialog = Assert.IsType<DialogState>(_harness.DialogOf(Chat.Alice));
        Assert.Equal(IntakeDialogs.Kind, dialog.Kind);
        Assert.Equal(new DialogKey(Chat.General, Chat.Alice.Identity), dialog.Key);
        Assert.Equal("email", dialog.Values["service"]);
        Assert.Equal(["intake.report", "intake.edit", "intake.cancel"], reply.Card!.Buttons.Select(b => b.ActionId));
        Assert.Equal(["Report", "Edit", "Cancel"], reply.Card.Buttons.Select(b => b.Label));
        Assert.All(reply.Card.Buttons, b => Assert.Equal(dialog.DialogId, b.Data["dialog"]));
    }

    [Fact]
    public async Task ProposeAsync_NoServiceGuessed_SaysToChooseOne()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("The coffee machine in building 2 is leaking"));

        Assert.Contains(new CardFact("Service", "not sure: choose one with Edit"), reply.Card!.Facts);
        await _harness.Incidents.DidNotReceive().ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProposeAsync_SimilarOpenIncidents_PointsAtThoseOnTheSameService()
    {
        _harness.Incidents.ListAsync(Arg.Any<IncidentQuery>(), Arg.Any<CancellationToken>()).Returns(new IncidentPage(
            [
                Summary(1007, "Outlook rejects logins", "email"),
                Summary(1008, "VPN slow", "vpn"),
            ],
            null));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(EmailDown));

        Assert.Equal("**Already open on email:**\n- INC-1007 · P2 · In Progress · Outlook rejects logins", reply.Card!.Body);
        await _harness.Incidents.Received(1).ListAsync(
            Arg.Is<IncidentQuery>(q => q.Kind == IncidentListKind.Open), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProposeAsync_EarlierProposalInTheConversation_IsReplaced()
    {
        await _harness.HandleAsync(Chat.Alice.Says(EmailDown));
        string first = _harness.DialogOf(Chat.Alice)!.DialogId;

        await _harness.HandleAsync(Chat.Alice.Says("The VPN tunnel keeps dropping"));

        DialogState second = Assert.IsType<DialogState>(_harness.DialogOf(Chat.Alice));
        Assert.NotEqual(first, second.DialogId);
        Assert.Equal("vpn", second.Values["service"]);
    }

    [Fact]
    public async Task ProposeAsync_ConcurrentProposalWonTheRace_SavesOverTheWinner()
    {
        DialogState? winner = null;
        _harness.Dialogs.GetAsync(Arg.Any<DialogKey>(), Arg.Any<CancellationToken>())
            .Returns(
                _ => null,
                _ => winner is null ? null : new StoredDialog(winner, new RecordVersion("winner")));
        _harness.Dialogs.SaveAsync(Arg.Any<DialogState>(), null, Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                winner = call.Arg<DialogState>() with { DialogId = "winner" };
                return SaveOutcome.Conflict;
            });
        _harness.Dialogs.SaveAsync(Arg.Any<DialogState>(), new RecordVersion("winner"), Arg.Any<CancellationToken>())
            .Returns(SaveOutcome.Saved);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says(EmailDown));

        await _harness.Dialogs.Received(1).SaveAsync(Arg.Any<DialogState>(), new RecordVersion("winner"), Arg.Any<CancellationToken>());
        Assert.NotEqual("winner", reply.Card!.Buttons[0].Data["dialog"]);
    }

    private static IncidentSummary Summary(long number, string title, string service) => new(
        new TicketId(TicketType.Incident, number), title, service, Priority.P2, IncidentState.InProgress,
        new UserIdentity("local", "carol"), "Carol", null, null, DateTimeOffset.UnixEpoch);

    private static string? Value(Card form, string name) => form.Inputs.Single(i => i.Name == name).Value;

    private async Task<string> ProposeAsync(string text)
    {
        Reply proposal = await _harness.ReplyToAsync(Chat.Alice.Says(text));
        return proposal.Card!.Buttons[0].Data["dialog"];
    }
}
