using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;
using static ChatOpsItsm.Engine.Tests.Changes.ChangeBuilder;

namespace ChatOpsItsm.Engine.Tests.Changes;

/// <summary>CHG-1001 is Alice's normal change in Authorize; Carol and Dave are the two other cab members.</summary>
public sealed class VoteChangeHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_FirstApproval_IsRecordedAndTheVoteCardRefreshed()
    {
        _harness.HoldsChange(AChange().Submitted().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says("change approve CHG-1001 fine by me"));

        Assert.Equal("Your vote to approve on **CHG-1001** is recorded: 1 of 2 approvals.", reply.Text);
        Change stored = _harness.StoredChange(EngineHarness.FirstChangeId);
        Assert.Equal(ChangeState.Authorize, stored.State);
        List<NotificationWork> cards = [.. _harness.Outbound.OfType<NotificationWork>()];
        Assert.Equal([EngineHarness.CabLocal, EngineHarness.CabTeams], cards.Select(c => c.Target.Conversation));
        Assert.All(cards, c => Assert.Equal("vote-card:CHG-1001", c.MessageKey));
        Card card = cards[0].Message.Card!;
        Assert.Equal("1 of 2 approvals", card.Facts.Single(f => f.Label == "Votes").Value);
        Assert.Contains("- Carol: approve: fine by me", card.Body, StringComparison.Ordinal);
        Assert.Equal(3, card.Buttons.Count);
    }

    [Fact]
    public async Task HandleAsync_EachVote_RefreshesTheCardUnderANewWorkIdAndTheSameKey()
    {
        _harness.HoldsChange(AChange().Submitted().Build());

        await _harness.HandleAsync(Chat.Carol.Says("change approve CHG-1001"));
        await _harness.HandleAsync(Chat.Carol.Says("change approve CHG-1001 after reading the plan"));

        List<NotificationWork> local = [.. _harness.Outbound.OfType<NotificationWork>().Where(w => w.Target.Conversation == EngineHarness.CabLocal)];
        Assert.Equal(2, local.Count);
        Assert.NotEqual(local[0].WorkId, local[1].WorkId);
        Assert.Equal(local[0].MessageKey, local[1].MessageKey);
    }

    [Fact]
    public async Task HandleAsync_QuorumReached_SchedulesAndTellsTheRequesterAndTheRoutes()
    {
        _harness.HoldsChange(AChange().VotedBy(Chat.Carol, VoteChoice.Approve).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Dave.Says("change approve CHG-1001"));

        Assert.EndsWith("**CHG-1001** is approved and Scheduled for 2026-01-06 22:00 UTC to 2026-01-06 23:00 UTC.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ChangeState.Scheduled, _harness.StoredChange(EngineHarness.FirstChangeId).State);
        NotificationWork requester = Assert.Single(_harness.Outbound.OfType<NotificationWork>(), w => w.Target.Person == Chat.Alice.Identity);
        Assert.True(requester.Essential);
        Assert.StartsWith("Your change **CHG-1001** (Upgrade mail server) is now **Scheduled**", requester.Message.Text, StringComparison.Ordinal);
        Assert.Equal(2, _harness.Outbound.OfType<NotificationWork>().Count(w => w.MessageKey is null && w.Target.Conversation is not null
            && w.Message.Text!.StartsWith("**CHG-1001** (Upgrade mail server) is approved", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task HandleAsync_Decided_TheVoteCardLosesItsButtonsAndStatesTheDecision()
    {
        _harness.HoldsChange(AChange().VotedBy(Chat.Carol, VoteChoice.Approve).Build());

        await _harness.HandleAsync(Chat.Dave.Says("change approve CHG-1001"));

        Card card = _harness.Outbound.OfType<NotificationWork>().First(w => w.MessageKey is not null).Message.Card!;
        Assert.Empty(card.Buttons);
        Assert.StartsWith("✅ **Approved**", card.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Rejection_VetoesTheChange()
    {
        _harness.HoldsChange(AChange().VotedBy(Chat.Carol, VoteChoice.Approve).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Dave.Says("change reject CHG-1001 No rollback test"));

        Assert.EndsWith("**CHG-1001** is rejected.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ChangeState.Rejected, _harness.StoredChange(EngineHarness.FirstChangeId).State);
        Card card = _harness.Outbound.OfType<NotificationWork>().First(w => w.MessageKey is not null).Message.Card!;
        Assert.StartsWith("❌ **Rejected**", card.Body, StringComparison.Ordinal);
        Assert.Contains("- Dave: reject: No rollback test", card.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dave", "change reject CHG-1001", "Say why you reject it: `change reject CHG-1001 <reason>`.")]
    [InlineData("alice", "change approve CHG-1001", "You requested CHG-1001, so you can't vote on it.")]
    [InlineData("bob", "change approve CHG-1001", "Only members of the cab approver group can vote on CHG-1001.")]
    [InlineData("root", "change abstain CHG-1001", "Only members of the cab approver group can vote on CHG-1001.")]
    public async Task HandleAsync_RefusedVote_SaysWhyAndWritesNothing(string who, string command, string expected)
    {
        _harness.HoldsChange(AChange().Submitted().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Named(who).Says(command));

        Assert.Equal(expected, reply.Text);
        await _harness.Changes.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_VoteAfterTheDecision_IsRefused()
    {
        _harness.HoldsChange(AChange().VotedBy(Chat.Carol, VoteChoice.Reject, "No").Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Dave.Says("change approve CHG-1001"));

        Assert.Equal("The vote on CHG-1001 is closed: rejected.", reply.Text);
        await _harness.Changes.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HandleAsync_RepeatedVote_IsAlreadyRecordedAndWritesNothing()
    {
        _harness.HoldsChange(AChange().VotedBy(Chat.Carol, VoteChoice.Approve).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says("change approve CHG-1001"));

        Assert.Equal("Your vote to approve on **CHG-1001** is already recorded; nothing changed.", reply.Text);
        await _harness.Changes.DidNotReceiveWithAnyArgs().SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
        Assert.Empty(_harness.Outbound);
    }

    [Fact]
    public async Task HandleAsync_ApproveButton_Votes()
    {
        _harness.HoldsChange(AChange().Submitted().Build());

        await _harness.HandleAsync(Chat.Carol.Clicks("change.approve", ("id", "CHG-1001")));

        Assert.Equal(VoteChoice.Approve, _harness.StoredChange(EngineHarness.FirstChangeId).Voting!.VoteOf(Chat.Carol.Identity)!.Choice);
    }

    [Fact]
    public async Task HandleAsync_RejectButton_AsksForTheReason()
    {
        _harness.HoldsChange(AChange().Submitted().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Clicks("form.change.reject", ("id", "CHG-1001")));

        CardInput reason = Assert.Single(reply.Card!.Inputs);
        Assert.Equal("reason", reason.Name);
        Assert.True(reason.Required);
        Assert.Equal("change.reject", reply.Card.Buttons[0].ActionId);
    }

    [Fact]
    public async Task HandleAsync_ConflictingWrites_ReReadsAndCountsTheVoteOnce()
    {
        _harness.HoldsChange(AChange().Submitted().Build());
        _harness.InjectConflicts(3);

        await _harness.HandleAsync(Chat.Carol.Says("change approve CHG-1001"));

        await _harness.Changes.ReceivedWithAnyArgs(4).SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
        Assert.Single(_harness.StoredChange(EngineHarness.FirstChangeId).Voting!.Votes);
    }

    [Fact]
    public async Task HandleAsync_OthersKeepWriting_GivesUpAfterMaxAttempts()
    {
        _harness.HoldsChange(AChange().Submitted().Build());
        _harness.InjectConflicts(50);

        Reply reply = await _harness.ReplyToAsync(Chat.Carol.Says("change approve CHG-1001"));

        Assert.Equal("CHG-1001 is being changed by others right now; nothing was changed. Try again in a moment.", reply.Text);
        await _harness.Changes.ReceivedWithAnyArgs(ChangeUpdater.MaxAttempts).SaveAsync(default!, default!, default!, TestContext.Current.CancellationToken);
    }
}
