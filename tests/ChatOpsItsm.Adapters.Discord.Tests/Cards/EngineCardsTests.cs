using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

/// <summary>The cards the engine really builds, with the longest realistic ids, keep every button on Discord.</summary>
public sealed class EngineCardsTests
{
    private static readonly UserIdentity DiscordUser = new("discord", "1600000000000000001");
    private static readonly TicketId LongestId = new(TicketType.Incident, TicketId.MaxNumber);

    public static TheoryData<IncidentState> States => [.. Enum.GetValues<IncidentState>()];

    [Theory]
    [MemberData(nameof(States))]
    public void Render_IncidentCardInEachState_KeepsEveryButton(IncidentState state)
    {
        Incident incident = IncidentBuilder.AnIncident().WithId(LongestId).InState(state)
            .ReportedBy(DiscordUser, "Ana").AssignedTo(new UserIdentity("discord", "1600000000000000002"), "Ben").Build();
        Person viewer = PersonBuilder.APerson().WithIdentity(DiscordUser).WithRole(Role.Agent).WithRole(Role.Admin).Build();
        IncidentCards cards = new(Options.Create(new ItsmOptions { PublicBaseUrl = "https://itsm.example.com" }));
        Card card = cards.Render(incident, viewer, incident.CreatedAt);

        JsonMessageData message = DiscordMessageRenderer.Render(Reply.Show(card));

        Assert.Equal(card.Buttons.Count, ButtonsOf(message).Count);
        Assert.All(ButtonsOf(message), b => Assert.InRange(b.CustomId!.Length, 1, CustomIds.MaxLength));
    }

    [Fact]
    public void Render_EveryCatalogCommandAsAFormForTheLongestTicket_KeepsEveryButton()
    {
        Dictionary<string, string> fixedValues = new() { ["id"] = LongestId.ToString(), ["dialog"] = Guid.NewGuid().ToString("N") };
        foreach (CommandDefinition command in new CommandCatalog().Commands)
        {
            Card form = FormFactory.For(command, command.Description, fixedValues, cancelActionId: "intake.cancel");

            JsonMessageData message = DiscordMessageRenderer.Render(Reply.Show(form));

            Assert.Equal(form.Buttons.Count, ButtonsOf(message).Count);
        }
    }

    [Theory]
    [InlineData("intake.report")]
    [InlineData("intake.edit")]
    [InlineData("intake.cancel")]
    public void Render_IntakeProposalButton_Fits(string actionId)
    {
        Card card = new("Report this incident?", [], null, [new("Go", actionId, new Dictionary<string, string> { ["dialog"] = Guid.NewGuid().ToString("N") })], []);

        Assert.Single(ButtonsOf(DiscordMessageRenderer.Render(Reply.Show(card))));
    }

    private static List<JsonComponent> ButtonsOf(JsonMessageData message) =>
        [.. (message.Components ?? []).SelectMany(r => r.Components!)];
}
