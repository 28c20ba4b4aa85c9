using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;
using static ChatOpsItsm.TestSupport.Builders.IncidentBuilder;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// <c>major declare</c> on a New incident: its commander takes it in the same write, so it is In Progress and its response
/// is met at the declaration (09:00). The report in that write still sets the response timers (P1: warning 09:11:15,
/// breach 09:15); they stay quiet when they fall due, while the resolution timers warn the commander.
/// </summary>
public sealed class DeclareMajorResponseTests : IDisposable
{
    private const string DeclareTitle = "major declare Mail is down for everyone service:email";
    private static readonly DateTimeOffset Instant = BuilderDefaults.Instant;
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Declare_Title_OpensItInProgressWithTheDeclarerInCommandAsAssignee()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says(DeclareTitle));

        Incident created = Assert.Single(_harness.Created);
        Assert.Equal(IncidentState.InProgress, created.State);
        Assert.Equal(Chat.Olga.Identity, created.Major?.Commander.Identity);
        Assert.Equal(Chat.Olga.Identity, created.Assignee);
        Assert.Equal("Olga", created.AssigneeName);
        Assert.Equal(Instant, created.RespondedAt);
        AuditEvent assigned = created.PendingEvents[^1];
        Assert.Equal(AuditActions.Assigned, assigned.Action);
        Assert.Contains(assigned.Changes, c => c is { Field: "state", OldValue: "New", NewValue: "In Progress" });
        Assert.Contains(new CardFact("State", "In Progress"), reply.Card!.Facts);
    }

    [Fact]
    public async Task Declare_TitleInCommandThemselves_NoDirectMessageToAnyone()
    {
        await _harness.HandleAsync(Chat.Olga.Says(DeclareTitle));

        Assert.DoesNotContain(_harness.Outbound, work => work is NotificationWork { Target.Person: not null });
    }

    [Fact]
    public async Task Declare_TitleWithAnotherCommander_ThatCommanderIsTheAssigneeAndIsToldOnce()
    {
        await _harness.HandleAsync(Chat.Olga.Says(DeclareTitle + " commander:local:bob"));

        Incident created = Assert.Single(_harness.Created);
        Assert.Equal(Chat.Bob.Identity, created.Major?.Commander.Identity);
        Assert.Equal(Chat.Olga.Identity, created.Major?.DeclaredBy.Identity);
        Assert.Equal(Chat.Bob.Identity, created.Assignee);
        Assert.Equal(IncidentState.InProgress, created.State);
        NotificationWork told = Assert.Single(_harness.Outbound.OfType<NotificationWork>(), work => work.Target.Person is not null);
        Assert.Equal(Chat.Bob.Identity, told.Target.Person);
        Assert.Equal(
            "**INC-1001** (P1, Mail is down for everyone) was declared a major incident by Olga, and you are its incident commander: "
            + "`major update INC-1001 <text>` keeps everyone informed.",
            told.Message.Text);
    }

    [Fact]
    public async Task Declare_Title_SetsTheResolutionTimersAndTheCadenceTimer_NoResponseTimersSinceItIsTaken()
    {
        await _harness.HandleAsync(Chat.Olga.Says(DeclareTitle));

        Assert.Equal(
            [
                (TimerKind.ResolutionWarning, Instant + TimeSpan.FromHours(3)),
                (TimerKind.ResolutionBreach, Instant + TimeSpan.FromHours(4)),
                (TimerKind.MajorCadence, Instant + TimeSpan.FromMinutes(30)),
            ],
            _harness.Outbound.OfType<TimerWork>().Select(t => (t.Kind, t.NotBefore)));
    }

    /// <summary>A response timer set before the commander took it (a record from an earlier version) stays quiet when it falls due.</summary>
    [Theory]
    [InlineData(TimerKind.ResponseWarning)]
    [InlineData(TimerKind.ResponseBreach)]
    public async Task Declare_Title_ResponseTimerFallingDue_StaysQuietBecauseTheCommanderResponded(TimerKind kind)
    {
        await _harness.HandleAsync(Chat.Olga.Says(DeclareTitle));
        Incident created = Stored(Assert.Single(_harness.Created));
        TimerWork timer = IncidentOutbound.Timer(created, kind, IncidentOutbound.DueAt(created, kind, Instant, TimeSpan.FromDays(3)));
        _harness.Time.Advance(timer.NotBefore - Instant);

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryResult.Skipped($"{created.Id} was responded to."), result);
        AssertNothingSent();
    }

    [Fact]
    public async Task Declare_Title_ResolutionWarning_GoesToTheCommanderNotTheOnCallRoutes()
    {
        await _harness.HandleAsync(Chat.Olga.Says(DeclareTitle));
        Stored(Assert.Single(_harness.Created));
        TimerWork timer = Assert.Single(_harness.Outbound.OfType<TimerWork>(), t => t.Kind == TimerKind.ResolutionWarning);
        _harness.Time.Advance(timer.NotBefore - Instant);

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryStatus.Done, result.Status);
        await _harness.LocalChannel.Received(1).SendDirectAsync(
            Chat.Olga.Identity,
            Arg.Is<Reply>(r => r.Text == "⚠ **INC-1001** (P1, Mail is down for everyone): resolution due in 1 h 0 min (13:00 UTC)."),
            Arg.Any<string>(),
            Arg.Any<CancellationToken>());
        await _harness.LocalChannel.DidNotReceiveWithAnyArgs().PostAsync(default!, default!, default!, default, TestContext.Current.CancellationToken);
        await _harness.TeamsChannel.DidNotReceiveWithAnyArgs().PostAsync(default!, default!, default!, default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Declare_ExistingNewIncident_TheCommanderTakesItAndTheRequesterHearsItIsWorked()
    {
        Incident incident = _harness.Holds(AnIncident().WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Bob.Says("major declare INC-1001 commander:local:olga"));

        Assert.Equal(IncidentState.InProgress, incident.State);
        Assert.Equal(Chat.Olga.Identity, incident.Assignee);
        Assert.Equal(Instant, incident.RespondedAt);
        Assert.Equal([AuditActions.Declared, AuditActions.Assigned], incident.PendingEvents.Select(e => e.Action));
        List<NotificationWork> direct = [.. _harness.Outbound.OfType<NotificationWork>().Where(work => work.Target.Person is not null)];
        Assert.Equal([Chat.Alice.Identity, Chat.Olga.Identity], direct.Select(work => work.Target.Person!.Value));
        Assert.StartsWith("Your incident **INC-1001** (Printer on fire) is now **In Progress**", direct[0].Message.Text, StringComparison.Ordinal);
        Assert.Equal(
            "**INC-1001** (P3, Printer on fire) was declared a major incident by Bob, and you are its incident commander: "
            + "`major update INC-1001 <text>` keeps everyone informed.",
            direct[1].Message.Text);
    }

    [Theory]
    [InlineData(IncidentState.InProgress)]
    [InlineData(IncidentState.OnHold)]
    public async Task Declare_ExistingWorkedIncident_KeepsItsStateAndAssignee(IncidentState state)
    {
        Incident incident = _harness.Holds(AnIncident().InState(state).WithEventsStored().Build());

        await _harness.HandleAsync(Chat.Olga.Says("major declare INC-1001"));

        Assert.Equal(state, incident.State);
        Assert.Equal(BuilderDefaults.Agent, incident.Assignee);
        Assert.Equal(Chat.Olga.Identity, incident.Major?.Commander.Identity);
        Assert.Equal(AuditActions.Declared, Assert.Single(incident.PendingEvents).Action);
        Assert.DoesNotContain(_harness.Outbound, work => work is NotificationWork { Target.Person: not null });
    }

    /// <summary>Makes the store hand <paramref name="created"/> back with its events written, as after the create.</summary>
    private Incident Stored(Incident created)
    {
        created.MarkEventsStored();
        return _harness.Holds(created);
    }

    private void AssertNothingSent()
    {
        Assert.DoesNotContain(_harness.LocalChannel.ReceivedCalls(), c => c.GetMethodInfo().Name != "get_Platform");
        Assert.DoesNotContain(_harness.TeamsChannel.ReceivedCalls(), c => c.GetMethodInfo().Name != "get_Platform");
    }
}
