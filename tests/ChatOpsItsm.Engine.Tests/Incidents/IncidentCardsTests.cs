using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Options;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;
using static ChatOpsItsm.TestSupport.Builders.PersonBuilder;

namespace ChatOpsItsm.Engine.Tests.Incidents;

public sealed class IncidentCardsTests
{
    private static readonly Person Agent = APerson().WithIdentity(BuilderDefaults.Agent).Named("Bob").WithRole(Role.Agent).Build();
    private static readonly Person OtherAgent = APerson().WithIdentity(new UserIdentity("local", "olga")).Named("Olga").WithRole(Role.OnCall).Build();
    private static readonly Person Owner = APerson().Build();
    private static readonly Person Stranger = APerson().WithIdentity(new UserIdentity("local", "carol")).Named("Carol").Build();
    private readonly IncidentCards _cards = new(Options.Create(new ItsmOptions()));

    public static TheoryData<IncidentState, string, string[]> ButtonsByStateAndViewer() => new()
    {
        { IncidentState.New, "agent", ["incident.assign", "form.incident.note", "form.incident.cancel"] },
        { IncidentState.New, "owner", ["form.incident.note", "form.incident.cancel"] },
        { IncidentState.New, "stranger", [] },
        { IncidentState.InProgress, "agent", ["form.incident.resolve", "form.incident.note", "form.incident.hold"] },
        { IncidentState.InProgress, "other agent", ["form.incident.resolve", "form.incident.note", "form.incident.hold", "incident.assign"] },
        { IncidentState.InProgress, "owner", ["form.incident.note"] },
        { IncidentState.OnHold, "agent", ["incident.resume", "form.incident.resolve", "form.incident.note"] },
        { IncidentState.Resolved, "owner", ["incident.close", "form.incident.reopen"] },
        { IncidentState.Resolved, "stranger", [] },
        { IncidentState.Closed, "agent", [] },
        { IncidentState.Canceled, "agent", [] },
    };

    [Theory]
    [MemberData(nameof(ButtonsByStateAndViewer))]
    public void Render_StateAndViewer_OffersOnlyTheButtonsTheViewerMayUse(IncidentState state, string viewer, string[] expected)
    {
        Incident incident = AnIncident().InState(state).Build();

        Card card = _cards.Render(incident, Viewer(viewer), BuilderDefaults.Instant);

        Assert.Equal(expected, card.Buttons.Select(b => b.ActionId));
        Assert.All(card.Buttons, b => Assert.Equal("INC-1001", b.Data["id"]));
    }

    [Fact]
    public void Render_AssignToMeButton_CarriesUserMe()
    {
        Card card = _cards.Render(AnIncident().Build(), Agent, BuilderDefaults.Instant);

        CardButton assign = card.Buttons.Single(b => b.ActionId == "incident.assign");
        Assert.Equal("Assign to me", assign.Label);
        Assert.Equal("me", assign.Data["user"]);
        Assert.Equal(ButtonStyle.Primary, assign.Style);
    }

    [Fact]
    public void Render_NoPublicBaseUrl_HasNoLink()
    {
        Card card = _cards.Render(AnIncident().Build(), Agent, BuilderDefaults.Instant);

        Assert.Null(card.Link);
    }

    [Fact]
    public void Render_PublicBaseUrl_LinksToTheRestApi()
    {
        IncidentCards cards = new(Options.Create(new ItsmOptions { PublicBaseUrl = "https://itsm.example.com/" }));

        Card card = cards.Render(AnIncident().Build(), Agent, BuilderDefaults.Instant);

        Assert.Equal("https://itsm.example.com/api/tickets/INC-1001", card.Link);
    }

    [Fact]
    public void Render_LongHistory_ShowsTheLastTenEvents()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).Build();
        AddNotes(incident, 12);

        Card card = _cards.Render(incident, Agent, BuilderDefaults.Instant, incident.PendingEvents);

        string body = Assert.IsType<string>(card.Body);
        string history = body[body.IndexOf("**History**", StringComparison.Ordinal)..];
        Assert.Equal(10, history.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
        Assert.EndsWith("note: note 12", history, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CanceledIncident_DoesNotReportItsSlaAsOverdue()
    {
        Incident incident = AnIncident().InState(IncidentState.Canceled).Build();

        Card card = _cards.Render(incident, Agent, BuilderDefaults.Instant.AddDays(3));

        Assert.DoesNotContain(card.Facts, f => f.Value.StartsWith("overdue", StringComparison.Ordinal));
    }

    private static void AddNotes(Incident incident, int count)
    {
        for (int n = 1; n <= count; n++)
        {
            incident.AddNote($"note {n}", ActionContextBuilder.AnActionContext().Build());
        }
    }

    private static Person Viewer(string name) => name switch
    {
        "agent" => Agent,
        "other agent" => OtherAgent,
        "owner" => Owner,
        _ => Stranger,
    };
}
