using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ReleaseBuilder;

namespace ChatOpsItsm.Engine.Tests.Releases;

public sealed class ReleaseLifecycleHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_Build_MovesToBuildingAndOffersDeploy()
    {
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001)).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release build RLS-1001"));

        Assert.Equal("**RLS-1001** is now Building.", reply.Text);
        Assert.Equal(ReleaseState.Building, _harness.StoredRelease(ReleaseId).State);
        Assert.Equal(["Deploy", "Cancel"], reply.Card!.Buttons.Select(b => b.Label));
    }

    [Fact]
    public async Task HandleAsync_BuildAfterAConflict_ReReadsAndSaves()
    {
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001)).Build());
        _harness.InjectReleaseConflicts(2);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release build RLS-1001"));

        Assert.Equal("**RLS-1001** is now Building.", reply.Text);
        Assert.Equal(ReleaseState.Building, _harness.StoredRelease(ReleaseId).State);
    }

    [Fact]
    public async Task HandleAsync_BuildWithoutChanges_IsRefused()
    {
        _harness.HoldsRelease(ARelease().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release build RLS-1001"));

        Assert.Equal("RLS-1001 has no changes, so it can't be built: add one with `release add RLS-1001 <change id>`.", reply.Text);
        Assert.Equal(ReleaseState.Planning, _harness.StoredRelease(ReleaseId).State);
    }

    [Fact]
    public async Task HandleAsync_CloseWithAChangeStillImplementing_NamesIt()
    {
        _harness.HoldsChange(ChangeBuilder.AChange().InState(ChangeState.Implementing).Build());
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001)).InState(ReleaseState.Deploying).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release close RLS-1001"));

        Assert.Equal("RLS-1001 can't be closed until every change is in Review or Closed (or canceled); not yet: CHG-1001 (Implementing).", reply.Text);
        Assert.Equal(ReleaseState.Deploying, _harness.StoredRelease(ReleaseId).State);
    }

    [Fact]
    public async Task HandleAsync_CloseWithEveryChangeReviewed_Closes()
    {
        _harness.HoldsChange(ChangeBuilder.AChange().InState(ChangeState.Review).Build());
        _harness.HoldsChange(ChangeBuilder.AChange().WithId(new TicketId(TicketType.Change, 1002)).InState(ChangeState.Closed).Build());
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001), AScheduledChange(1002)).InState(ReleaseState.Deploying).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("release close RLS-1001 all went well"));

        Assert.Equal("**RLS-1001** is now Closed.", reply.Text);
        Assert.Equal(ReleaseState.Closed, _harness.StoredRelease(ReleaseId).State);
        Assert.Empty(reply.Card!.Buttons);
    }

    [Fact]
    public async Task HandleAsync_CancelByAnotherAgent_CancelsAndTellsTheOwner()
    {
        _harness.HoldsRelease(ARelease().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("release cancel RLS-1001 vendor slipped"));

        Assert.Equal("**RLS-1001** is now Canceled.", reply.Text);
        NotificationWork told = Assert.Single(_harness.Outbound.OfType<NotificationWork>());
        Assert.Equal(BuilderDefaults.Agent, told.Target.Person);
        Assert.Equal("Your release **RLS-1001** (January mail release) is now **Canceled** (Olga): vendor slipped", told.Message.Text);
    }

    [Fact]
    public async Task HandleAsync_CancelWhileDeploying_IsRefused()
    {
        _harness.HoldsRelease(ARelease().InState(ReleaseState.Deploying).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release cancel RLS-1001"));

        Assert.Equal("RLS-1001 is Deploying, so it can't be canceled: close it once its changes are reviewed.", reply.Text);
        Assert.Equal(ReleaseState.Deploying, _harness.StoredRelease(ReleaseId).State);
    }

    [Fact]
    public async Task HandleAsync_BuildByARequester_IsRefusedByRole()
    {
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001)).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("release build RLS-1001"));

        Assert.Equal("Only agents and on-call engineers can use `release build`.", reply.Text);
        Assert.Equal(ReleaseState.Planning, _harness.StoredRelease(ReleaseId).State);
    }
}
