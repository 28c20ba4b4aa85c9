using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Timers;

/// <summary>
/// INC-1001 was declared major at 09:00 with Bob in command and a status update due every 30 minutes, so its first
/// cadence timer is due at 09:30.
/// </summary>
public sealed class MajorCadenceHandlerTests : IDisposable
{
    private static readonly DateTimeOffset Instant = BuilderDefaults.Instant;
    private static readonly DateTimeOffset Due = Instant + EngineHarness.MajorCadence;
    private static readonly UserIdentity Carol = new("local", "carol");
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_HandedOverEarly_IsRescheduledAtTheDueTimeAndWritesNothing()
    {
        Incident incident = _harness.HoldsMajor();
        _harness.Time.Advance(TimeSpan.FromMinutes(10));

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident, Due));

        Assert.Equal(DeliveryResult.Reschedule(Due), result);
        await AssertNothingSavedAsync();
        await _harness.DeliveryLedger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_Due_ClaimsTheReminderAsTheBotWithTheDirectMessageAndTheNextTimerInTheOutbox()
    {
        Incident incident = _harness.HoldsMajor();
        _harness.Time.Advance(EngineHarness.MajorCadence);
        TimerWork timer = Timer(incident, Due);

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        AuditEvent claim = Assert.Single(incident.PendingEvents);
        Assert.Equal((AuditActions.CadenceReminder, SystemActor.Identity, Due, "Bob"), (claim.Action, claim.Actor, claim.At, claim.Text));
        Assert.Equal((1, Due), (incident.Major!.RemindersSent, incident.Major.LastReminderAt));
        Assert.Equal(
            ["INC-1001:4:reminder:local:bob", IncidentOutbound.Timer(incident, TimerKind.MajorCadence, Due + EngineHarness.MajorCadence).WorkId],
            _harness.Outbound.Select(w => w.WorkId));
        NotificationWork reminder = Assert.IsType<NotificationWork>(_harness.Outbound[0]);
        Assert.Equal(DeliveryTarget.ToPerson(Chat.Bob.Identity), reminder.Target);
        Assert.True(reminder.Essential);
        Assert.Equal("⏰ INC-1001's status update is overdue (last: none yet / due 2026-01-05 09:30 UTC)", reminder.Message.Text);
        await _harness.DeliveryLedger.Received(1).MarkDoneAsync(timer.WorkId, Due, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_HandedOverWithinTheTolerance_ClaimsAtTheDueInstant()
    {
        Incident incident = _harness.HoldsMajor();
        _harness.Time.Advance(EngineHarness.MajorCadence - TimeSpan.FromMilliseconds(500));

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident, Due));

        Assert.Equal(DeliveryStatus.Done, result.Status);
        Assert.Equal(Due, incident.Major!.LastReminderAt);
    }

    [Fact]
    public async Task HandleAsync_SecondReminderInARow_AlsoGoesToTheCommunicationsLead()
    {
        Incident incident = _harness.HoldsMajor();
        incident.AssignMajorRole(MajorRole.Communications, new RoleHolder(Carol, "Carol"), new(Chat.Bob.Identity, "Bob", "local:general", Instant));
        incident.RecordCadenceReminder("Bob", SystemActor.At(Due));
        incident.MarkEventsStored();
        DateTimeOffset second = Due + EngineHarness.MajorCadence;
        _harness.Time.Advance(TimeSpan.FromHours(1));

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident, second));

        Assert.Equal(DeliveryStatus.Done, result.Status);
        Assert.Equal("Bob, Carol", Assert.Single(incident.PendingEvents).Text);
        Assert.Equal(
            [DeliveryTarget.ToPerson(Chat.Bob.Identity), DeliveryTarget.ToPerson(Carol)],
            _harness.Outbound.OfType<NotificationWork>().Select(n => n.Target));
    }

    [Fact]
    public async Task HandleAsync_WarRoomOpen_AlsoRefreshesTheBoard()
    {
        Incident incident = _harness.HoldsMajor();
        incident.RecordWarRoom("local:war-1", SystemActor.At(Instant));
        incident.MarkEventsStored();
        _harness.Time.Advance(EngineHarness.MajorCadence);

        await _harness.DeliverAsync(Timer(incident, Due));

        NotificationWork board = Assert.Single(_harness.Outbound.OfType<NotificationWork>(), n => n.MessageKey is not null);
        Assert.Equal(("INC-1001:5:board", "major-board:INC-1001"), (board.WorkId, board.MessageKey));
    }

    [Fact]
    public async Task HandleAsync_AnotherInstanceClaimedThisInterval_IsSkippedUnrecordedAndWritesNothing()
    {
        Incident incident = _harness.HoldsMajor();
        incident.RecordCadenceReminder("Bob", SystemActor.At(Due));
        incident.MarkEventsStored();
        _harness.Time.Advance(EngineHarness.MajorCadence + TimeSpan.FromSeconds(5));

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident, Due));

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        Assert.Equal("INC-1001's next status update is due 2026-01-05 10:00 UTC; its own timer reminds then.", result.Detail);
        await AssertNothingSavedAsync();
        await _harness.DeliveryLedger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_UpdatePostedSinceTheTimerWasSet_IsSkippedForTheUpdatesOwnTimer()
    {
        Incident incident = _harness.HoldsMajor();
        incident.PostStatusUpdate("Investigating.", new(Chat.Bob.Identity, "Bob", "local:general", Instant + TimeSpan.FromMinutes(20)));
        incident.MarkEventsStored();
        _harness.Time.Advance(EngineHarness.MajorCadence);

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident, Due));

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Canceled)]
    [InlineData(IncidentState.Closed)]
    public async Task HandleAsync_MajorIncidentOver_IsSkipped(IncidentState state)
    {
        Incident incident = _harness.HoldsMajor(state);
        _harness.Time.Advance(EngineHarness.MajorCadence);

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident, Due));

        Assert.Equal(DeliveryResult.Skipped("INC-1001's major incident is over."), result);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task HandleAsync_NotAMajorIncident_IsSkipped()
    {
        Incident incident = _harness.Holds(IncidentBuilder.AnIncident().InState(IncidentState.InProgress).WithEventsStored().Build());

        DeliveryResult result = await _harness.DeliverAsync(Timer(incident, Due));

        Assert.Equal(DeliveryResult.Skipped("INC-1001 is not a major incident."), result);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task HandleAsync_IncidentGone_IsSkipped()
    {
        TimerWork timer = new("INC-1001:timer:MajorCadence:1", Due, TimerKind.MajorCadence, BuilderDefaults.IncidentId);

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryResult.Skipped("INC-1001 does not exist."), result);
    }

    [Fact]
    public async Task HandleAsync_OthersKeepWriting_ThrowsSoTheQueueRetriesAndNothingIsRecorded()
    {
        Incident incident = _harness.HoldsMajor();
        _harness.HoldsCopiesOf(incident);
        _harness.Incidents.SaveAsync(Arg.Any<Incident>(), Arg.Any<RecordVersion>(), Arg.Any<IReadOnlyList<OutboundWork>>(), Arg.Any<CancellationToken>())
            .Returns(SaveOutcome.Conflict);
        _harness.Time.Advance(EngineHarness.MajorCadence);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.DeliverAsync(Timer(incident, Due)));

        await _harness.DeliveryLedger.DidNotReceiveWithAnyArgs().MarkDoneAsync(default!, default, TestContext.Current.CancellationToken);
    }

    private static TimerWork Timer(Incident incident, DateTimeOffset at) => IncidentOutbound.Timer(incident, TimerKind.MajorCadence, at);

    private async Task AssertNothingSavedAsync() =>
        await _harness.Incidents.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
}
