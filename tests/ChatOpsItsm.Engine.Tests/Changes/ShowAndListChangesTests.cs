using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Replies;
using NSubstitute;
using static ChatOpsItsm.Engine.Tests.Changes.ChangeBuilder;

namespace ChatOpsItsm.Engine.Tests.Changes;

public sealed class ShowAndListChangesTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Show_VotedChange_HasTheTallyTheVotesAndTheHistory()
    {
        _harness.HoldsChange(AChange().VotedBy(Chat.Carol, VoteChoice.Approve, "ok").Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Dave.Says("change show CHG-1001"));

        Card card = reply.Card!;
        Assert.Equal("1 of 2 approvals (cab)", card.Facts.Single(f => f.Label == "Votes").Value);
        Assert.Contains("- Carol: approve: ok", card.Body, StringComparison.Ordinal);
        Assert.Contains("**History**", card.Body, StringComparison.Ordinal);
        Assert.Contains("Carol · voted", card.Body, StringComparison.Ordinal);
        Assert.Equal(["change.approve", "form.change.reject", "change.abstain"], card.Buttons.Select(b => b.ActionId));
    }

    [Fact]
    public async Task Show_ToTheRequester_OffersNoVote()
    {
        _harness.HoldsChange(AChange().Submitted().Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("change show CHG-1001"));

        Assert.Equal(["form.change.cancel"], reply.Card!.Buttons.Select(b => b.ActionId));
    }

    [Theory]
    [InlineData("alice", "change list", ChangeListKind.RequestedBy, "**Your changes**")]
    [InlineData("bob", "change list", ChangeListKind.Open, "**Open changes**")]
    [InlineData("alice", "change list all", ChangeListKind.All, "**All changes**")]
    public async Task List_Scope_ReadsTheIndex(string who, string command, ChangeListKind kind, string heading)
    {
        _harness.ChangeListing.Add(new ChangeSummary(EngineHarness.FirstChangeId, "Upgrade mail server", ChangeType.Normal, ChangeRisk.Low,
            "email", ChangeState.Authorize, new ChangeWindow(PlannedStart, PlannedStart.AddHours(1)), Chat.Alice.Identity, "Alice", PlannedStart));

        Reply reply = await _harness.ReplyToAsync(Chat.Named(who).Says(command));

        Assert.StartsWith(heading + "\n- **CHG-1001** · Authorize · normal · Upgrade mail server · email", reply.Text, StringComparison.Ordinal);
        await _harness.Changes.Received(1).ListAsync(Arg.Is<ChangeQuery>(q => q.Kind == kind), Arg.Any<CancellationToken>());
    }
}
