using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.ActionContextBuilder;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.Timers;

/// <summary>
/// SLA timers on INC-1001, a P1 "Printer on fire" reported at 09:00: response due 09:15 (warning 09:11:15), resolution
/// due 13:00 (warning 12:00). Worked, it is assigned to Bob at 09:00. Time moves only by the fake clock.
/// </summary>
public sealed class SlaTimerHandlerTests : IDisposable
{
    private static readonly DateTimeOffset Instant = BuilderDefaults.Instant;
    private static readonly DateTimeOffset ResolutionWarningAt = Instant + TimeSpan.FromHours(3);
    private static readonly DateTimeOffset ResolutionBreachAt = Instant + TimeSpan.FromHours(4);
    private static readonly DateTimeOffset ResponseWarningAt = Instant + TimeSpan.FromSeconds(675);
    private static readonly DateTimeOffset ResponseBreachAt = Instant + TimeSpan.FromMinutes(15);
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_ResolutionWarningDue_WarnsTheAssigneeWithTheTimeLeft()
    {
        Incident incident = Worked();
        TimerWork timer = IncidentOutbound.Timer(incident, TimerKind.ResolutionWarning, ResolutionWarningAt);
        AdvanceTo(ResolutionWarningAt);

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.LocalChannel.Received(1).SendDirectAsync(
            Chat.Bob.Identity,
            Arg.Is<Reply>(r => r.Text == "⚠ **INC-1001** (P1, Printer on fire): resolution due in 1 h 0 min (13:00 UTC)."
                && r.Card!.Title == "INC-1001 · Printer on fire"),
            $"{timer.WorkId}:dm local:bob",
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_ResolutionBreachDue_TellsTheAssigneeEvenWhenTheyOptedOut()
    {
        _harness.Preferences.WantsNonEssentialAsync(Chat.Bob.Identity, Arg.Any<CancellationToken>()).Returns(false);
        Incident incident = Worked();
        TimerWork timer = IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, ResolutionBreachAt);
        AdvanceTo(ResolutionBreachAt);

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.LocalChannel.Received(1).SendDirectAsync(
            Chat.Bob.Identity,
            Arg.Is<Reply>(r => r.Text == "**INC-1001** (P1, Printer on fire) breached its resolution target (due 13:00 UTC)."),
            $"{timer.WorkId}:dm local:bob",
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_WarningToAnAssigneeWhoOptedOut_IsSkipped()
    {
        _harness.Preferences.WantsNonEssentialAsync(Chat.Bob.Identity, Arg.Any<CancellationToken>()).Returns(false);
        Incident incident = Worked();
        AdvanceTo(ResolutionWarningAt);

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResolutionWarning, ResolutionWarningAt));

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        await _harness.LocalChannel.DidNotReceiveWithAnyArgs().SendDirectAsync(default, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_Unassigned_WarnsEveryOnCallRoute()
    {
        Incident incident = _harness.Holds(AnIncident().WithPriority(Priority.P1).WithEventsStored().Build());
        TimerWork timer = IncidentOutbound.Timer(incident, TimerKind.ResponseWarning, ResponseWarningAt);
        AdvanceTo(ResponseWarningAt);
        const string Text = "⚠ **INC-1001** (P1, Printer on fire): response due in 3 min (09:15 UTC). It is unassigned: `incident assign INC-1001 me`.";

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.LocalChannel.Received(1).PostAsync(
            EngineHarness.OnCallLocal, Arg.Is<Reply>(r => r.Text == Text && r.Card != null), $"{timer.WorkId}:local:oncall", null, Arg.Any<CancellationToken>());
        await _harness.TeamsChannel.Received(1).PostAsync(
            EngineHarness.OnCallTeams, Arg.Is<Reply>(r => r.Text == Text), $"{timer.WorkId}:teams:19:oncall@thread.tacv2", null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_UnassignedBreach_TellsTheRoutesItBreached()
    {
        Incident incident = _harness.Holds(AnIncident().WithPriority(Priority.P1).WithEventsStored().Build());
        AdvanceTo(ResponseBreachAt);

        await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResponseBreach, ResponseBreachAt));

        await _harness.LocalChannel.Received(1).PostAsync(
            EngineHarness.OnCallLocal,
            Arg.Is<Reply>(r => r.Text == "**INC-1001** (P1, Printer on fire) breached its response target (due 09:15 UTC). "
                + "It is unassigned: `incident assign INC-1001 me`."),
            $"{IncidentOutbound.Timer(incident, TimerKind.ResponseBreach, ResponseBreachAt).WorkId}:local:oncall",
            null,
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_UnassignedAndNoRouteConfigured_IsSkipped()
    {
        using EngineHarness harness = new(new ItsmOptions());
        Incident incident = harness.Holds(AnIncident().WithPriority(Priority.P1).WithEventsStored().Build());
        harness.Time.Advance(ResponseBreachAt - Instant);

        DeliveryResult result = await harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResponseBreach, ResponseBreachAt));

        Assert.Equal(DeliveryResult.Skipped("INC-1001 is unassigned and no on-call route is configured (Itsm:Routes:OnCall)."), result);
    }

    [Fact]
    public async Task HandleAsync_ResolvedBeforeTheBreach_StaysQuiet()
    {
        Incident incident = _harness.Holds(AnIncident().WithPriority(Priority.P1).InState(IncidentState.Resolved).WithEventsStored().Build());
        AdvanceTo(ResolutionBreachAt);

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, ResolutionBreachAt));

        Assert.Equal(DeliveryResult.Skipped("INC-1001 is Resolved."), result);
        AssertNothingSent();
    }

    [Theory]
    [InlineData(IncidentState.Closed)]
    [InlineData(IncidentState.Canceled)]
    public async Task HandleAsync_NoLongerOpen_StaysQuiet(IncidentState state)
    {
        Incident incident = _harness.Holds(AnIncident().WithPriority(Priority.P1).InState(state).WithEventsStored().Build());
        AdvanceTo(ResponseBreachAt);

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResponseBreach, ResponseBreachAt));

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        AssertNothingSent();
    }

    [Fact]
    public async Task HandleAsync_RespondedBeforeTheResponseBreach_StaysQuiet()
    {
        Incident incident = Worked();
        AdvanceTo(ResponseBreachAt);

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResponseBreach, ResponseBreachAt));

        Assert.Equal(DeliveryResult.Skipped("INC-1001 was responded to."), result);
        AssertNothingSent();
    }

    [Fact]
    public async Task HandleAsync_ClockPausedWaitingOnTheRequester_IsSkipped()
    {
        Incident incident = _harness.Holds(AnIncident().WithPriority(Priority.P1).InState(IncidentState.OnHold)
            .WithHoldReason(HoldReason.AwaitingRequester).WithEventsStored().Build());
        AdvanceTo(ResolutionBreachAt);

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, ResolutionBreachAt));

        Assert.Equal(DeliveryResult.Skipped("INC-1001's SLA clock is paused while it waits on the requester."), result);
        AssertNothingSent();
    }

    [Fact]
    public async Task HandleAsync_OnHoldForAVendor_StillFires()
    {
        Incident incident = _harness.Holds(AnIncident().WithPriority(Priority.P1).InState(IncidentState.OnHold).WithEventsStored().Build());
        AdvanceTo(ResolutionBreachAt);

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, ResolutionBreachAt));

        Assert.Equal(DeliveryStatus.Done, result.Status);
    }

    [Fact]
    public async Task HandleAsync_PausedTimeMovedTheDueTime_ReschedulesToTheNewDueTime()
    {
        Incident incident = WorkedWithHalfAnHourWaitingOnTheRequester();
        AdvanceTo(ResolutionBreachAt);

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, ResolutionBreachAt));

        Assert.Equal(DeliveryResult.Reschedule(ResolutionBreachAt + TimeSpan.FromMinutes(30)), result);
        AssertNothingSent();
    }

    [Fact]
    public async Task HandleAsync_MovedTimerFiresAtItsNewTime_SpeaksWithTheKeyOfTheTimerSetOnResume()
    {
        Incident incident = WorkedWithHalfAnHourWaitingOnTheRequester();
        DateTimeOffset movedTo = ResolutionBreachAt + TimeSpan.FromMinutes(30);
        TimerWork setOnResume = IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, movedTo);
        AdvanceTo(movedTo);

        await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, ResolutionBreachAt));

        await _harness.LocalChannel.Received(1).SendDirectAsync(
            Chat.Bob.Identity,
            Arg.Is<Reply>(r => r.Text == "**INC-1001** (P1, Printer on fire) breached its resolution target (due 13:30 UTC)."),
            $"{setOnResume.WorkId}:dm local:bob",
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_HandedOverEarly_ReschedulesToTheDueTime()
    {
        Incident incident = Worked();
        AdvanceTo(ResolutionBreachAt - TimeSpan.FromMinutes(10));

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, ResolutionBreachAt));

        Assert.Equal(DeliveryResult.Reschedule(ResolutionBreachAt), result);
    }

    [Fact]
    public async Task HandleAsync_HandedOverUnderASecondEarly_Fires()
    {
        Incident incident = Worked();
        AdvanceTo(ResolutionBreachAt - TimeSpan.FromMilliseconds(500));

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResolutionBreach, ResolutionBreachAt));

        Assert.Equal(DeliveryStatus.Done, result.Status);
    }

    [Fact]
    public async Task HandleAsync_WarningAfterTheBreachIsAlreadyDue_LeavesItToTheBreachNotice()
    {
        Incident incident = Worked();
        AdvanceTo(ResolutionBreachAt + TimeSpan.FromMinutes(5));

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResolutionWarning, ResolutionWarningAt));

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        AssertNothingSent();
    }

    [Fact]
    public async Task HandleAsync_DueOnAnotherDay_ShowsTheDate()
    {
        Incident incident = _harness.Holds(AnIncident().WithPriority(Priority.P4).InState(IncidentState.InProgress).WithEventsStored().Build());
        DateTimeOffset warningAt = Instant + TimeSpan.FromHours(54);
        AdvanceTo(warningAt);

        await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResolutionWarning, warningAt));

        await _harness.LocalChannel.Received(1).SendDirectAsync(
            Chat.Bob.Identity,
            Arg.Is<Reply>(r => r.Text == "⚠ **INC-1001** (P4, Printer on fire): resolution due in 18 h 0 min (2026-01-08 09:00 UTC)."),
            Arg.Any<string>(),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_IncidentGone_IsSkipped()
    {
        Incident incident = AnIncident().Build();
        AdvanceTo(ResponseBreachAt);

        DeliveryResult result = await _harness.DeliverAsync(IncidentOutbound.Timer(incident, TimerKind.ResponseBreach, ResponseBreachAt));

        Assert.Equal(DeliveryResult.Skipped("INC-1001 does not exist."), result);
    }

    /// <summary>P1, assigned to Bob at 09:00 (responded), stored.</summary>
    private Incident Worked() =>
        _harness.Holds(AnIncident().WithPriority(Priority.P1).InState(IncidentState.InProgress).WithEventsStored().Build());

    /// <summary>Worked, then on hold waiting on the requester from 10:00 to 10:30: every due time is 30 minutes later.</summary>
    private Incident WorkedWithHalfAnHourWaitingOnTheRequester()
    {
        Incident incident = Worked();
        incident.PutOnHold(HoldReason.AwaitingRequester, "Which tray?", AnActionContext().At(Instant + TimeSpan.FromHours(1)).Build());
        incident.Resume(AnActionContext().At(Instant + TimeSpan.FromMinutes(90)).Build());
        incident.MarkEventsStored();
        return incident;
    }

    private void AdvanceTo(DateTimeOffset at) => _harness.Time.Advance(at - _harness.Time.GetUtcNow());

    private void AssertNothingSent()
    {
        Assert.DoesNotContain(_harness.LocalChannel.ReceivedCalls(), c => c.GetMethodInfo().Name != "get_Platform");
        Assert.DoesNotContain(_harness.TeamsChannel.ReceivedCalls(), c => c.GetMethodInfo().Name != "get_Platform");
    }
}
