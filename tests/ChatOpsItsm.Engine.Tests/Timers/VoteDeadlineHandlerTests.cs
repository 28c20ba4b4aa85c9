using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;
using NSubstitute;
using static ChatOpsItsm.Engine.Tests.Changes.ChangeBuilder;

namespace ChatOpsItsm.Engine.Tests.Timers;

public sealed class VoteDeadlineHandlerTests : IDisposable
{
    private static readonly DateTimeOffset NormalDeadline = new(2026, 1, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EmergencyDeadline = new(2026, 1, 5, 13, 0, 0, TimeSpan.Zero);

    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_NormalChangeUndecided_IsRejectedAndTheRequesterTold()
    {
        Change change = _harness.HoldsChange(AChange().VotedBy(Chat.Carol, VoteChoice.Approve).Build());
        _harness.Time.SetUtcNow(NormalDeadline);

        DeliveryResult result = await _harness.DeliverAsync(ChangeOutbound.DeadlineTimer(change, NormalDeadline));

        Assert.Equal(DeliveryStatus.Done, result.Status);
        Change stored = _harness.StoredChange(change.Id);
        Assert.Equal(ChangeState.Rejected, stored.State);
        NotificationWork requester = Assert.Single(_harness.Outbound.OfType<NotificationWork>(), w => w.Target.Person == Chat.Alice.Identity);
        Assert.True(requester.Essential);
        Assert.Contains("is now **Rejected**: No decision", requester.Message.Text, StringComparison.Ordinal);
        Assert.Contains("No decision by 2026-01-07 09:00 UTC (1 approval of the 2 needed)", requester.Message.Text, StringComparison.Ordinal);
        Assert.Empty(_harness.Outbound.OfType<NotificationWork>().Single(w => w.Target.Conversation == EngineHarness.CabTeams && w.MessageKey is not null).Message.Card!.Buttons);
    }

    [Fact]
    public async Task HandleAsync_EmergencyUndecided_EscalatesOnceSchedulesTheNextDeadlineAndTellsTheRoutes()
    {
        Change change = _harness.HoldsChange(AChange().OfType(ChangeType.Emergency).Submitted().Build());
        _harness.Time.SetUtcNow(EmergencyDeadline);

        DeliveryResult result = await _harness.DeliverAsync(ChangeOutbound.DeadlineTimer(change, EmergencyDeadline));

        Assert.Equal(DeliveryResult.Done("CHG-1001's vote was escalated."), result);
        Change stored = _harness.StoredChange(change.Id);
        Assert.Equal(ChangeState.Authorize, stored.State);
        Assert.True(stored.Voting!.IsEscalated);
        TimerWork next = Assert.Single(_harness.Outbound.OfType<TimerWork>());
        Assert.Equal(EmergencyDeadline.AddHours(4), next.NotBefore);
        Assert.Contains(_harness.Outbound.OfType<NotificationWork>(), w => w.Target.Conversation == EngineHarness.EcabLocal
            && w.MessageKey is null && w.Message.Text!.StartsWith("⚠ The vote on **CHG-1001** (Upgrade mail server) is escalated", StringComparison.Ordinal));
        Card card = _harness.Outbound.OfType<NotificationWork>().Single(w => w.MessageKey is not null).Message.Card!;
        Assert.Equal("2026-01-05 17:00 UTC (escalated)", card.Facts.Single(f => f.Label == "Deadline").Value);
    }

    [Fact]
    public async Task HandleAsync_TimerFromBeforeTheEscalation_DoesNothing()
    {
        Change change = AChange().OfType(ChangeType.Emergency).Submitted().Build();
        Assert.True(change.ApplyVotingDeadline(SystemActor.At(EmergencyDeadline)).Succeeded);
        _harness.HoldsChange(change);
        _harness.Time.SetUtcNow(EmergencyDeadline.AddHours(4));

        DeliveryResult result = await _harness.DeliverAsync(ChangeOutbound.DeadlineTimer(change, EmergencyDeadline));

        Assert.Equal(DeliveryStatus.Skipped, result.Status);
        Assert.Equal(ChangeState.Authorize, _harness.StoredChange(change.Id).State);
        await _harness.Changes.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_VoteAlreadyDecided_DoesNothing()
    {
        Change change = _harness.HoldsChange(AChange().VotedBy(Chat.Carol, VoteChoice.Approve).VotedBy(Chat.Dave, VoteChoice.Approve).Build());
        _harness.Time.SetUtcNow(NormalDeadline);

        DeliveryResult result = await _harness.DeliverAsync(ChangeOutbound.DeadlineTimer(change, NormalDeadline));

        Assert.Equal(DeliveryResult.Skipped("CHG-1001 is Scheduled: its vote is over."), result);
        await _harness.Changes.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_HandedOverEarly_IsPutBackUntilTheDeadline()
    {
        Change change = _harness.HoldsChange(AChange().Submitted().Build());
        _harness.Time.SetUtcNow(NormalDeadline.AddMinutes(-5));

        DeliveryResult result = await _harness.DeliverAsync(ChangeOutbound.DeadlineTimer(change, NormalDeadline));

        Assert.Equal(DeliveryResult.Reschedule(NormalDeadline), result);
    }

    [Fact]
    public async Task HandleAsync_VoteDeadlineOnAnIncident_IsSkipped()
    {
        TimerWork timer = new("INC-1001:timer:VoteDeadline:1", NormalDeadline, TimerKind.VoteDeadline, EngineHarness.FirstId);

        DeliveryResult result = await _harness.DeliverAsync(timer);

        Assert.Equal(DeliveryResult.Skipped("VoteDeadline timers are for changes; INC-1001 is not one."), result);
    }
}
