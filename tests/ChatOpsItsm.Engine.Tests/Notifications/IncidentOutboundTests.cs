using System.Globalization;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Options;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.Notifications;

/// <summary>
/// The work an incident change promises. The incident is INC-1001 "Printer on fire" (P3 unless a test says otherwise),
/// reported by Alice at 09:00; the on-call routes are local:oncall and a Teams channel; auto-close after 3 days.
/// </summary>
public sealed partial class IncidentOutboundTests
{
    private static readonly DateTimeOffset Instant = BuilderDefaults.Instant;
    private readonly IncidentOutbound _outbound = OutboundWith(EngineHarness.DefaultOptions());

    [Fact]
    public void For_ReportedP1_AlertsEveryOnCallRouteAsEssential()
    {
        Incident incident = AnIncident().WithPriority(Priority.P1).Build();

        List<NotificationWork> alerts = _outbound.For(incident, Instant).OfType<NotificationWork>().ToList();

        Assert.Equal(
            [DeliveryTarget.ToConversation(EngineHarness.OnCallLocal), DeliveryTarget.ToConversation(EngineHarness.OnCallTeams)],
            alerts.Select(a => a.Target));
        Assert.Equal(["INC-1001:1:oncall:local:oncall", "INC-1001:1:oncall:teams:19:oncall@thread.tacv2"], alerts.Select(a => a.WorkId));
        Assert.All(alerts, alert =>
        {
            Assert.True(alert.Essential);
            Assert.Equal("New **P1** incident **INC-1001** on printing: Printer on fire", alert.Message.Text);
            Assert.Equal("INC-1001 · Printer on fire", alert.Message.Card?.Title);
            Assert.Equal(Instant, alert.NotBefore);
        });
    }

    [Fact]
    public void For_ReportedP2_AlertsTheOnCallRoutes()
    {
        Incident incident = AnIncident().WithPriority(Priority.P2).Build();

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, Instant);

        Assert.Equal(2, work.OfType<NotificationWork>().Count());
    }

    [Theory]
    [InlineData(Priority.P3)]
    [InlineData(Priority.P4)]
    [InlineData(Priority.P5)]
    public void For_ReportedBelowP2_SendsNoNoticeOnlyTimers(Priority priority)
    {
        Incident incident = AnIncident().WithPriority(priority).Build();

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, Instant);

        Assert.Empty(work.OfType<NotificationWork>());
        Assert.Equal(4, work.OfType<TimerWork>().Count());
    }

    [Fact]
    public void For_AgentTakesTheIncident_TellsTheRequesterWhoIsOnIt()
    {
        Incident incident = AnIncident().WithEventsStored().Build();
        incident.Assign(Chat.Bob.Identity, "Bob", AnActionContext().At(Instant + TimeSpan.FromMinutes(5)).Build());

        NotificationWork notice = Assert.IsType<NotificationWork>(Assert.Single(_outbound.For(incident, Instant)));

        Assert.Equal("INC-1001:2:requester", notice.WorkId);
        Assert.Equal(DeliveryTarget.ToPerson(Chat.Alice.Identity), notice.Target);
        Assert.False(notice.Essential);
        Assert.Equal("Your incident **INC-1001** (Printer on fire) is now **In Progress**: Bob is working on it.", notice.Message.Text);
        Assert.Equal("INC-1001 · Printer on fire", notice.Message.Card?.Title);
    }

    [Fact]
    public void For_RequesterChangesTheStateThemselves_DoesNotTellThem()
    {
        Incident incident = AnIncident().WithEventsStored().Build();
        incident.Cancel("Reported twice.", AnActionContext().By(Chat.Alice.Identity, "Alice").Build());

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, Instant);

        Assert.Empty(work);
    }

    [Fact]
    public void For_NoteWithoutStateChange_TellsNobody()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();
        incident.AddNote("Checked the spooler.", AnActionContext().Build());

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, Instant);

        Assert.Empty(work);
    }

    [Fact]
    public void For_AssignedBySomeoneElse_TellsTheAssigneeAsEssential()
    {
        Incident incident = AnIncident().WithEventsStored().Build();
        incident.Assign(Chat.Bob.Identity, "Bob", AnActionContext().By(Chat.Root.Identity, "Root").Build());

        NotificationWork notice = Assert.Single(_outbound.For(incident, Instant).OfType<NotificationWork>(), w => w.WorkId.EndsWith(":assignee", StringComparison.Ordinal));

        Assert.Equal("INC-1001:2:assignee", notice.WorkId);
        Assert.Equal(DeliveryTarget.ToPerson(Chat.Bob.Identity), notice.Target);
        Assert.True(notice.Essential);
        Assert.Equal("**INC-1001** (P3, Printer on fire) was assigned to you by Root.", notice.Message.Text);
        Assert.Contains(notice.Message.Card!.Buttons, b => b.Label == "Resolve");
    }

    [Fact]
    public void For_AssigneeTakesItThemselves_DoesNotTellThem()
    {
        Incident incident = AnIncident().WithEventsStored().Build();
        incident.Assign(Chat.Bob.Identity, "Bob", AnActionContext().Build());

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, Instant);

        Assert.DoesNotContain(work, w => w.WorkId.EndsWith(":assignee", StringComparison.Ordinal));
    }

    [Fact]
    public void For_Resolved_TellsTheRequesterHowToConfirmOrReopen()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();
        incident.Resolve("Replaced the toner.", AnActionContext().Build());

        NotificationWork notice = Assert.Single(_outbound.For(incident, Instant).OfType<NotificationWork>());

        Assert.Equal(
            "Your incident **INC-1001** (Printer on fire) is now **Resolved**: Replaced the toner.\n\n"
            + "Not fixed? `incident reopen INC-1001 <reason>`. Fixed? `incident close INC-1001`.",
            notice.Message.Text);
        Assert.Contains(notice.Message.Card!.Buttons, b => b.Label == "Close");
    }

    [Fact]
    public void For_HoldAwaitingRequester_TellsThemItWaitsOnThemAndSetsNoTimer()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();
        incident.PutOnHold(HoldReason.AwaitingRequester, "Which tray?", AnActionContext().Build());

        NotificationWork notice = Assert.IsType<NotificationWork>(Assert.Single(_outbound.For(incident, Instant)));

        Assert.Equal(
            "Your incident **INC-1001** (Printer on fire) is now **On Hold**: it is waiting on you (Which tray?). "
            + "Answer with `incident note INC-1001 <text>`; its SLA clock is paused meanwhile.",
            notice.Message.Text);
    }

    [Fact]
    public void For_ReopenedByTheRequester_TellsTheAssigneeAndResetsTheResolutionTimers()
    {
        Incident incident = AnIncident().InState(IncidentState.Resolved).WithEventsStored().Build();
        incident.Reopen("Still jams.", AnActionContext().By(Chat.Alice.Identity, "Alice").At(Instant + TimeSpan.FromHours(3)).Build());

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, Instant + TimeSpan.FromHours(3));

        NotificationWork notice = Assert.Single(work.OfType<NotificationWork>());
        Assert.Equal(DeliveryTarget.ToPerson(Chat.Bob.Identity), notice.Target);
        Assert.Equal("**INC-1001** (P3, Printer on fire) was reopened by Alice: Still jams.", notice.Message.Text);
        Assert.Equal([TimerKind.ResolutionWarning, TimerKind.ResolutionBreach], work.OfType<TimerWork>().Select(t => t.Kind));
    }

    [Fact]
    public void For_ClosedByTheBot_TellsTheRequesterItClosedItself()
    {
        Incident incident = AnIncident().InState(IncidentState.Resolved).WithEventsStored().Build();
        incident.Close(SystemActor.At(Instant + TimeSpan.FromDays(3)));

        NotificationWork notice = Assert.IsType<NotificationWork>(Assert.Single(_outbound.For(incident, Instant + TimeSpan.FromDays(3))));

        Assert.Equal(
            "Your incident **INC-1001** (Printer on fire) is now **Closed**: it closed itself after 3 days resolved without a reopen.",
            notice.Message.Text);
    }

    private static IncidentOutbound OutboundWith(ItsmOptions options)
    {
        IncidentCards cards = new(Options.Create(options));
        return new(Options.Create(options), cards, new MajorOutbound(Options.Create(options), new MajorCards(cards, Options.Create(options))));
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
