using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.Timers;

/// <summary>INC-1001, resolved by Bob at 09:00 on 2026-01-05, closes itself three days later unless it was reopened.</summary>
public sealed class AutoCloseHandlerTests : IDisposable
{
    private static readonly DateTimeOffset Instant = BuilderDefaults.Instant;
    private static readonly DateTimeOffset CloseAt = Instant + TimeSpan.FromDays(3);
    private static readonly RecordVersion Stale = new("etag-stale");
    private static readonly RecordVersion Fresh = new("etag-fresh");
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_QuietPeriodOver_ClosesItAsTheBot()
    {
        Incident incident = _harness.Holds(Resolved());
        _harness.Time.Advance(TimeSpan.FromDays(3));

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident));

        Assert.Equal(DeliveryStatus.Done, result.Status);
        Assert.Equal(IncidentState.Closed, incident.State);
        AuditEvent closed = Assert.Single(incident.PendingEvents);
        Assert.Equal(AuditActions.Closed, closed.Action);
        Assert.Equal(SystemActor.Identity, closed.Actor);
        Assert.Equal("system:itsm", closed.Actor.ToString());
        Assert.Equal("ITSM bot", closed.ActorName);
        Assert.Equal("system:timers", closed.Channel);
        Assert.Equal(CloseAt, closed.At);
        await _harness.Incidents.Received(1).SaveAsync(incident, EngineHarness.StoredVersion, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_QuietPeriodOver_SavesTheRequestersNoticeWithTheClose()
    {
        Incident incident = _harness.Holds(Resolved());
        _harness.Time.Advance(TimeSpan.FromDays(3));

        await _harness.DeliverAsync(Timer(incident));

        NotificationWork notice = Assert.IsType<NotificationWork>(Assert.Single(_harness.Outbound));
        Assert.Equal($"INC-1001:{incident.PendingEvents[0].Sequence}:requester", notice.WorkId);
        Assert.Equal(DeliveryTarget.ToPerson(Chat.Alice.Identity), notice.Target);
        Assert.StartsWith("Your incident **INC-1001** (Printer on fire) is now **Closed**", notice.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_DeliveredAgainAfterClosing_ClosesOnlyOnce()
    {
        Incident incident = _harness.Holds(Resolved());
        _harness.Time.Advance(TimeSpan.FromDays(3));
        await _harness.DeliverAsync(Timer(incident));

        DeliveryResult again = await _harness.DeliverAsync(Timer(incident));

        Assert.Equal(DeliveryStatus.Skipped, again.Status);
        await _harness.Incidents.Received(1).SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_ReopenedMeanwhile_IsSkippedAndNothingWritten()
    {
        Incident incident = Resolved();
        incident.Reopen("Still jams.", AnActionContext().By(Chat.Alice.Identity, "Alice").At(Instant + TimeSpan.FromDays(1)).Build());
        incident.MarkEventsStored();
        _harness.Holds(incident);
        _harness.Time.Advance(TimeSpan.FromDays(3));

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident));

        Assert.Equal(DeliveryResult.Skipped("INC-1001 is In Progress, so it can't be closed: resolve it first."), result);
        Assert.Empty(incident.PendingEvents);
        await _harness.Incidents.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_ClosedByTheRequesterMeanwhile_IsSkipped()
    {
        Incident incident = _harness.Holds(AnIncident().InState(IncidentState.Closed).WithEventsStored().Build());
        _harness.Time.Advance(TimeSpan.FromDays(3));

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident));

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        await _harness.Incidents.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_HandedOverEarly_ReschedulesToTheEndOfTheQuietPeriod()
    {
        Incident incident = _harness.Holds(Resolved());
        _harness.Time.Advance(TimeSpan.FromDays(2));

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident));

        Assert.Equal(DeliveryResult.Reschedule(CloseAt), result);
        Assert.Equal(IncidentState.Resolved, incident.State);
        await _harness.Incidents.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_ReopenedAndResolvedAgain_WaitsForTheNewQuietPeriod()
    {
        Incident incident = Resolved();
        DateTimeOffset resolvedAgain = Instant + TimeSpan.FromDays(2);
        incident.Reopen("Still jams.", AnActionContext().At(Instant + TimeSpan.FromDays(1)).Build());
        incident.Resolve("New fuser.", AnActionContext().At(resolvedAgain).Build());
        incident.MarkEventsStored();
        _harness.Holds(incident);
        _harness.Time.Advance(TimeSpan.FromDays(3));

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident));

        Assert.Equal(DeliveryResult.Reschedule(resolvedAgain + TimeSpan.FromDays(3)), result);
    }

    [Fact]
    public async Task HandleAsync_ConflictOnce_RereadsAndClosesTheFreshCopy()
    {
        Incident stale = Resolved();
        Incident fresh = Resolved();
        _harness.Incidents.GetAsync(BuilderDefaults.IncidentId, Arg.Any<CancellationToken>())
            .Returns(new StoredIncident(stale, Stale), new StoredIncident(fresh, Fresh));
        _harness.Incidents.SaveAsync(Arg.Any<Incident>(), Stale, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(SaveOutcome.Conflict);
        _harness.Time.Advance(TimeSpan.FromDays(3));

        DeliveryResult result = await _harness.DeliverAsync(Timer(fresh));

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.Incidents.Received(2).GetAsync(BuilderDefaults.IncidentId, Arg.Any<CancellationToken>());
        await _harness.Incidents.Received(1).SaveAsync(fresh, Fresh, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
        Assert.Single(fresh.PendingEvents);
    }

    [Fact]
    public async Task HandleAsync_ReopenedBetweenReadAndWrite_RereadsAndLeavesItOpen()
    {
        Incident stale = Resolved();
        Incident reopened = Resolved();
        reopened.Reopen("Still jams.", AnActionContext().At(Instant + TimeSpan.FromDays(3)).Build());
        reopened.MarkEventsStored();
        _harness.Incidents.GetAsync(BuilderDefaults.IncidentId, Arg.Any<CancellationToken>())
            .Returns(new StoredIncident(stale, Stale), new StoredIncident(reopened, Fresh));
        _harness.Incidents.SaveAsync(Arg.Any<Incident>(), Stale, Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(SaveOutcome.Conflict);
        _harness.Time.Advance(TimeSpan.FromDays(3));

        DeliveryResult result = await _harness.DeliverAsync(Timer(stale));

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        Assert.Equal(IncidentState.InProgress, reopened.State);
        await _harness.Incidents.Received(1).SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_ConflictEveryTime_TriesAgainInAMinute()
    {
        _harness.Incidents.GetAsync(BuilderDefaults.IncidentId, Arg.Any<CancellationToken>())
            .Returns(_ => new StoredIncident(Resolved(), Stale));
        _harness.Incidents.SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(SaveOutcome.Conflict);
        _harness.Time.Advance(TimeSpan.FromDays(3));

        DeliveryResult result = await _harness.DeliverAsync(Timer(Resolved()));

        Assert.Equal(DeliveryResult.Reschedule(CloseAt + TimeSpan.FromMinutes(1)), result);
        await _harness.Incidents.Received(IncidentUpdater.MaxAttempts).GetAsync(BuilderDefaults.IncidentId, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_IncidentGone_IsSkipped()
    {
        _harness.Time.Advance(TimeSpan.FromDays(3));

        DeliveryResult result = await _harness.DeliverAsync(Timer(Resolved()));

        Assert.Equal(DeliveryResult.Skipped("INC-1001 does not exist."), result);
    }

    /// <summary>Resolved by Bob at 09:00, its events stored.</summary>
    private static Incident Resolved() => AnIncident().InState(IncidentState.Resolved).WithEventsStored().Build();

    private static TimerWork Timer(Incident incident) => IncidentOutbound.Timer(incident, TimerKind.AutoClose, CloseAt);
}
