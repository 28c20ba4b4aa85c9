using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using static ChatOpsItsm.Engine.Tests.Changes.ChangeBuilder;

namespace ChatOpsItsm.Engine.Tests.Changes;

public sealed class ChangeLifecycleHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static Change Approved() => AChange().VotedBy(Chat.Carol, VoteChoice.Approve).VotedBy(Chat.Dave, VoteChoice.Approve).Build();

    [Fact]
    public async Task HandleAsync_StartAtThePlannedStart_ImplementsAndTellsTheRequester()
    {
        _harness.HoldsChange(Approved());
        _harness.Time.SetUtcNow(PlannedStart);

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("change start CHG-1001"));

        Assert.Equal("**CHG-1001** is now Implementing.", reply.Text);
        Change stored = _harness.StoredChange(EngineHarness.FirstChangeId);
        Assert.Equal(ChangeState.Implementing, stored.State);
        Assert.Equal(Chat.Bob.Identity, stored.Assignee);
        NotificationWork told = Assert.Single(_harness.Outbound.OfType<NotificationWork>());
        Assert.Equal(Chat.Alice.Identity, told.Target.Person);
        Assert.StartsWith("Your change **CHG-1001** (Upgrade mail server) is now **Implementing** (Bob).", told.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_StartByARequester_IsRefusedByRole()
    {
        _harness.HoldsChange(Approved());
        _harness.Time.SetUtcNow(PlannedStart);

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change start CHG-1001"));

        Assert.Equal("Only agents and on-call engineers can use `change start`.", reply.Text);
        Assert.Equal(ChangeState.Scheduled, _harness.StoredChange(EngineHarness.FirstChangeId).State);
    }

    [Fact]
    public async Task HandleAsync_StartBeforeTheWindow_IsRefused()
    {
        _harness.HoldsChange(Approved());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("change start CHG-1001"));

        Assert.StartsWith("CHG-1001 is approved for 2026-01-06 22:00 UTC", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_CompleteThenClose_EndsTheChange()
    {
        _harness.HoldsChange(Approved());
        _harness.Time.SetUtcNow(PlannedStart);
        await _harness.HandleAsync(Chat.Bob.Says("change start CHG-1001"));

        await _harness.HandleAsync(Chat.Bob.Says("change complete CHG-1001 went fine"));
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change close CHG-1001 reviewed"));

        Assert.Equal("**CHG-1001** is now Closed.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_FailWithoutReason_IsRefused()
    {
        _harness.HoldsChange(Approved());
        _harness.Time.SetUtcNow(PlannedStart);
        await _harness.HandleAsync(Chat.Bob.Says("change start CHG-1001"));

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("change fail CHG-1001"));

        Assert.Contains("reason", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ChangeState.Implementing, _harness.StoredChange(EngineHarness.FirstChangeId).State);
    }

    [Fact]
    public async Task HandleAsync_CancelOwnDraft_Cancels()
    {
        _harness.HoldsChange(AChange().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change cancel CHG-1001 not needed"));

        Assert.Equal("**CHG-1001** is now Canceled.", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_CancelDuringTheVote_ClosesTheVoteCard()
    {
        _harness.HoldsChange(AChange().Submitted().Build());

        await _harness.HandleAsync(Chat.Alice.Says("change cancel CHG-1001"));

        Card card = _harness.Outbound.OfType<NotificationWork>().First(w => w.MessageKey == "vote-card:CHG-1001").Message.Card!;
        Assert.Empty(card.Buttons);
        Assert.StartsWith("**Canceled**", card.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_CancelSomeoneElsesChange_IsRefused()
    {
        _harness.HoldsChange(AChange().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says("change cancel CHG-1001"));

        Assert.Equal("Only the requester, agents and on-call engineers can do that.", reply.Text);
    }
}
