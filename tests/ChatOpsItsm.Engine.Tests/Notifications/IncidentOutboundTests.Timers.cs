using System.Globalization;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Timers;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.Notifications;

/// <summary>The SLA and auto-close timers an incident change sets, and their ids.</summary>
public sealed partial class IncidentOutboundTests
{
    [Theory]
    [InlineData(Priority.P1, "2026-01-05T09:11:15Z", "2026-01-05T09:15:00Z", "2026-01-05T12:00:00Z", "2026-01-05T13:00:00Z")]
    [InlineData(Priority.P2, "2026-01-05T09:45:00Z", "2026-01-05T10:00:00Z", "2026-01-05T15:00:00Z", "2026-01-05T17:00:00Z")]
    [InlineData(Priority.P3, "2026-01-05T12:00:00Z", "2026-01-05T13:00:00Z", "2026-01-06T03:00:00Z", "2026-01-06T09:00:00Z")]
    [InlineData(Priority.P4, "2026-01-05T15:00:00Z", "2026-01-05T17:00:00Z", "2026-01-07T15:00:00Z", "2026-01-08T09:00:00Z")]
    [InlineData(Priority.P5, "2026-01-06T03:00:00Z", "2026-01-06T09:00:00Z", "2026-01-09T03:00:00Z", "2026-01-10T09:00:00Z")]
    public void For_Reported_SetsWarningAndBreachTimersForResponseAndResolution(
        Priority priority, string responseWarning, string responseBreach, string resolutionWarning, string resolutionBreach)
    {
        Incident incident = AnIncident().WithPriority(priority).Build();

        List<TimerWork> timers = _outbound.For(incident, Instant).OfType<TimerWork>().ToList();

        Assert.Equal(
            [
                (TimerKind.ResponseWarning, At(responseWarning)),
                (TimerKind.ResponseBreach, At(responseBreach)),
                (TimerKind.ResolutionWarning, At(resolutionWarning)),
                (TimerKind.ResolutionBreach, At(resolutionBreach)),
            ],
            timers.Select(t => (t.Kind, t.NotBefore)));
        Assert.All(timers, t => Assert.Equal(incident.Id, t.Ticket));
    }

    [Fact]
    public void For_SameChangeTwice_GivesTheSameWorkIds()
    {
        Incident incident = AnIncident().WithPriority(Priority.P1).Build();

        IEnumerable<string> first = _outbound.For(incident, Instant).Select(w => w.WorkId);
        IEnumerable<string> second = _outbound.For(incident, Instant + TimeSpan.FromMinutes(3)).Select(w => w.WorkId);

        Assert.Equal(first, second);
        Assert.Contains("INC-1001:timer:ResponseBreach:" + At("2026-01-05T09:15:00Z").UtcTicks.ToString(CultureInfo.InvariantCulture), first);
    }

    [Fact]
    public void For_Resolved_SetsTheAutoCloseTimerAfterTheQuietPeriod()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();
        DateTimeOffset resolvedAt = Instant + TimeSpan.FromHours(2);
        incident.Resolve("Replaced the toner.", AnActionContext().At(resolvedAt).Build());

        TimerWork timer = Assert.Single(_outbound.For(incident, resolvedAt).OfType<TimerWork>());

        Assert.Equal(TimerKind.AutoClose, timer.Kind);
        Assert.Equal(resolvedAt + TimeSpan.FromDays(3), timer.NotBefore);
        Assert.Equal(IncidentOutbound.Timer(incident, TimerKind.AutoClose, resolvedAt + TimeSpan.FromDays(3)).WorkId, timer.WorkId);
    }

    [Fact]
    public void For_ResolvedWithAShorterQuietPeriod_SetsTheAutoCloseTimerThatMuchLater()
    {
        IncidentOutbound outbound = OutboundWith(new ItsmOptions { AutoCloseAfter = TimeSpan.FromDays(1) });
        Incident incident = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();
        incident.Resolve("Replaced the toner.", AnActionContext().Build());

        TimerWork timer = Assert.Single(outbound.For(incident, Instant).OfType<TimerWork>());

        Assert.Equal(Instant + TimeSpan.FromDays(1), timer.NotBefore);
    }

    [Fact]
    public void For_ResumedAfterWaitingOnTheRequesterForHalfAnHour_SetsResolutionTimersHalfAnHourLater()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();
        incident.PutOnHold(HoldReason.AwaitingRequester, "Which tray?", AnActionContext().At(Instant + TimeSpan.FromHours(1)).Build());
        incident.MarkEventsStored();
        DateTimeOffset resumedAt = Instant + TimeSpan.FromMinutes(90);
        incident.Resume(AnActionContext().At(resumedAt).Build());

        List<TimerWork> timers = _outbound.For(incident, resumedAt).OfType<TimerWork>().ToList();

        Assert.Equal(
            [
                (TimerKind.ResolutionWarning, Instant + TimeSpan.FromHours(18) + TimeSpan.FromMinutes(30)),
                (TimerKind.ResolutionBreach, Instant + TimeSpan.FromHours(24) + TimeSpan.FromMinutes(30)),
            ],
            timers.Select(t => (t.Kind, t.NotBefore)));
    }

    [Fact]
    public void For_ResumedFromAHoldThatDidNotPause_SetsNoTimer()
    {
        Incident incident = AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build();
        incident.PutOnHold(HoldReason.AwaitingVendor, "Waiting for Dell.", AnActionContext().Build());
        incident.MarkEventsStored();
        incident.Resume(AnActionContext().At(Instant + TimeSpan.FromHours(2)).Build());

        IReadOnlyList<OutboundWork> work = _outbound.For(incident, Instant + TimeSpan.FromHours(2));

        Assert.Empty(work.OfType<TimerWork>());
    }

    [Fact]
    public void For_Reopened_ResetsTheResolutionTimersUnderTheirOriginalIds()
    {
        Incident reported = AnIncident().Build();
        IEnumerable<string> original = _outbound.For(reported, Instant).OfType<TimerWork>()
            .Where(t => t.Kind is TimerKind.ResolutionWarning or TimerKind.ResolutionBreach).Select(t => t.WorkId);
        Incident incident = AnIncident().InState(IncidentState.Resolved).WithEventsStored().Build();
        incident.Reopen("Still jams.", AnActionContext().By(Chat.Alice.Identity, "Alice").Build());

        IEnumerable<string> reset = _outbound.For(incident, Instant).OfType<TimerWork>().Select(t => t.WorkId);

        Assert.Equal(original, reset);
    }

    [Fact]
    public void Timer_SameIncidentKindAndInstant_HasTheSameId()
    {
        Incident incident = AnIncident().Build();

        TimerWork first = IncidentOutbound.Timer(incident, TimerKind.ResponseBreach, Instant);
        TimerWork again = IncidentOutbound.Timer(incident, TimerKind.ResponseBreach, Instant);
        TimerWork later = IncidentOutbound.Timer(incident, TimerKind.ResponseBreach, Instant + TimeSpan.FromSeconds(1));

        Assert.Equal(first, again);
        Assert.NotEqual(first.WorkId, later.WorkId);
    }

    [Fact]
    public void DueAt_WhilePaused_MovesOnWithTheClock()
    {
        Incident incident = AnIncident().WithPriority(Priority.P1).InState(IncidentState.InProgress).WithEventsStored().Build();
        incident.PutOnHold(HoldReason.AwaitingRequester, "", AnActionContext().Build());

        DateTimeOffset now = IncidentOutbound.DueAt(incident, TimerKind.ResolutionBreach, Instant, TimeSpan.FromDays(3));
        DateTimeOffset hourLater = IncidentOutbound.DueAt(incident, TimerKind.ResolutionBreach, Instant + TimeSpan.FromHours(1), TimeSpan.FromDays(3));

        Assert.Equal(Instant + TimeSpan.FromHours(4), now);
        Assert.Equal(Instant + TimeSpan.FromHours(5), hourLater);
    }
}
