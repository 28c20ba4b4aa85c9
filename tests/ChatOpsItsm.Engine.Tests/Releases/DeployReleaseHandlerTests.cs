using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ReleaseBuilder;

namespace ChatOpsItsm.Engine.Tests.Releases;

public sealed class DeployReleaseHandlerTests : IDisposable
{
    private static readonly TicketId Chg1001 = new(TicketType.Change, 1001);
    private static readonly TicketId Chg1002 = new(TicketType.Change, 1002);
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_AtThePlannedStart_StartsEveryChangeAndTellsEachRequester()
    {
        HoldBuildingReleaseWith(AScheduledChange(1001), AScheduledChange(1002));
        _harness.Time.SetUtcNow(ChangeDraftDefaults.PlannedStart);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release deploy RLS-1001"));

        Assert.Equal("**RLS-1001** is now Deploying. Implementing now: CHG-1001, CHG-1002.", reply.Text);
        Assert.Equal(ReleaseState.Deploying, _harness.StoredRelease(ReleaseId).State);
        Assert.Equal(ChangeState.Implementing, _harness.StoredChange(Chg1001).State);
        Assert.Equal(ChangeState.Implementing, _harness.StoredChange(Chg1002).State);
        string[] told = [.. _harness.Outbound.OfType<NotificationWork>().Where(w => w.Target.Person == Chat.Alice.Identity).Select(w => w.Message.Text!)];
        Assert.Contains(told, t => t.StartsWith("Your change **CHG-1001** (", StringComparison.Ordinal) && t.Contains("**Implementing** (Bob)", StringComparison.Ordinal));
        Assert.Contains(told, t => t.StartsWith("Your change **CHG-1002** (", StringComparison.Ordinal));
        Assert.Contains("CHG-1001** · Implementing", reply.Card!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_OneChangeBeforeItsStart_NamesItAndStartsTheOthers()
    {
        DateTimeOffset later = ChangeDraftDefaults.PlannedStart + TimeSpan.FromHours(5);
        Change notYet = ChangeBuilder.AChange().WithId(Chg1002).PlannedFor(later, later.AddHours(1))
            .InState(ChangeState.Scheduled).WithEventsStored().Build();
        HoldBuildingReleaseWith(AScheduledChange(1001), notYet);
        _harness.Time.SetUtcNow(ChangeDraftDefaults.PlannedStart);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release deploy RLS-1001"));

        Assert.StartsWith("**RLS-1001** is now Deploying. Implementing now: CHG-1001.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("- **CHG-1002**: CHG-1002 is approved for", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ReleaseState.Deploying, _harness.StoredRelease(ReleaseId).State);
        Assert.Equal(ChangeState.Implementing, _harness.StoredChange(Chg1001).State);
        Assert.Equal(ChangeState.Scheduled, _harness.StoredChange(Chg1002).State);
    }

    [Fact]
    public async Task HandleAsync_ReleaseInPlanning_IsRefusedAndStartsNothing()
    {
        _harness.HoldsChange(AScheduledChange(1001));
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001)).Build());
        _harness.Time.SetUtcNow(ChangeDraftDefaults.PlannedStart);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release deploy RLS-1001"));

        Assert.Equal("RLS-1001 is in Planning, so it can't be deployed: build it first (`release build RLS-1001`).", reply.Text);
        Assert.Equal(ChangeState.Scheduled, _harness.StoredChange(Chg1001).State);
    }

    [Fact]
    public async Task HandleAsync_ByARequester_IsRefusedByRole()
    {
        HoldBuildingReleaseWith(AScheduledChange(1001));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("release deploy RLS-1001"));

        Assert.Equal("Only agents and on-call engineers can use `release deploy`.", reply.Text);
        Assert.Equal(ReleaseState.Building, _harness.StoredRelease(ReleaseId).State);
    }

    [Fact]
    public async Task HandleAsync_UnknownRelease_SaysSo()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release deploy RLS-1009"));

        Assert.Equal("I can't find RLS-1009.", reply.Text);
    }

    private void HoldBuildingReleaseWith(params Change[] changes)
    {
        foreach (Change change in changes)
        {
            _harness.HoldsChange(change);
        }

        _harness.HoldsRelease(ARelease().WithChanges(changes).InState(ReleaseState.Building).Build());
    }
}
