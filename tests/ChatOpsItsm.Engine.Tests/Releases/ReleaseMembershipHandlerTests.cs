using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ReleaseBuilder;

namespace ChatOpsItsm.Engine.Tests.Releases;

public sealed class ReleaseMembershipHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_AddScheduledChange_AddsIt()
    {
        _harness.HoldsRelease(ARelease().Build());
        _harness.HoldsChange(AScheduledChange(1001));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release add RLS-1001 CHG-1001"));

        Assert.Equal("Added **CHG-1001** to **RLS-1001**.", reply.Text);
        Assert.Equal("CHG-1001", Assert.Single(_harness.StoredRelease(ReleaseId).Changes).Id.ToString());
    }

    [Fact]
    public async Task HandleAsync_AddDraftChange_IsRefusedWithTheReason()
    {
        _harness.HoldsRelease(ARelease().Build());
        _harness.HoldsChange(ChangeBuilder.AChange().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release add RLS-1001 CHG-1001"));

        Assert.Equal("CHG-1001 is a Draft, so it can't join a release: only approved (Scheduled) changes can.", reply.Text);
        Assert.Empty(_harness.StoredRelease(ReleaseId).Changes);
    }

    [Fact]
    public async Task HandleAsync_AddChangeHeldByAnotherOpenRelease_IsRefused()
    {
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001)).Build());
        _harness.HoldsRelease(ARelease().WithId(new TicketId(TicketType.Release, 1002)).Build());
        _harness.HoldsChange(AScheduledChange(1001));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release add RLS-1002 CHG-1001"));

        Assert.Equal("CHG-1001 is already in RLS-1001, which is still open: a change belongs to one release at a time.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_AddChangeOfACanceledRelease_IsAllowed()
    {
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001)).InState(ReleaseState.Canceled).Build());
        _harness.HoldsRelease(ARelease().WithId(new TicketId(TicketType.Release, 1002)).Build());
        _harness.HoldsChange(AScheduledChange(1001));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release add RLS-1002 CHG-1001"));

        Assert.Equal("Added **CHG-1001** to **RLS-1002**.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_AddUnknownChange_SaysSo()
    {
        _harness.HoldsRelease(ARelease().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release add RLS-1001 CHG-1009"));

        Assert.Equal("I can't find CHG-1009.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_AddAnIncident_IsRefused()
    {
        _harness.HoldsRelease(ARelease().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release add RLS-1001 INC-1001"));

        Assert.Equal("INC-1001 is not a change; change ids look like CHG-1001.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_AddToAChangeId_IsRefused()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release add CHG-1001 CHG-1002"));

        Assert.Equal("CHG-1001 is not a release; release ids look like RLS-1001.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_RemoveWhileBuilding_Removes()
    {
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001), AScheduledChange(1002)).InState(ReleaseState.Building).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("release remove RLS-1001 CHG-1001"));

        Assert.Equal("Removed **CHG-1001** from **RLS-1001**.", reply.Text);
        Assert.Equal("CHG-1002", Assert.Single(_harness.StoredRelease(ReleaseId).Changes).Id.ToString());
    }

    [Fact]
    public async Task HandleAsync_RemoveWhileDeploying_IsRefusedAndChangesNothing()
    {
        _harness.HoldsRelease(ARelease().InState(ReleaseState.Deploying).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release remove RLS-1001 CHG-1001"));

        Assert.Equal("RLS-1001 is Deploying, so it can't be changed.", reply.Text);
        Assert.Single(_harness.StoredRelease(ReleaseId).Changes);
    }

    [Fact]
    public async Task HandleAsync_AddByARequester_IsRefusedByRole()
    {
        _harness.HoldsRelease(ARelease().Build());
        _harness.HoldsChange(AScheduledChange(1001));

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("release add RLS-1001 CHG-1001"));

        Assert.Equal("Only agents and on-call engineers can use `release add`.", reply.Text);
        Assert.Empty(_harness.StoredRelease(ReleaseId).Changes);
        Assert.Equal(ChangeState.Scheduled, _harness.StoredChange(new TicketId(TicketType.Change, 1001)).State);
    }
}
