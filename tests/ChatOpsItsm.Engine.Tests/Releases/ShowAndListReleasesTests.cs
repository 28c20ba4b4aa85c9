using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.TestSupport.Builders.ReleaseBuilder;

namespace ChatOpsItsm.Engine.Tests.Releases;

public sealed class ShowAndListReleasesTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Show_ByARequester_ShowsChangesWithTheirStatesAndNoButtons()
    {
        _harness.HoldsChange(ChangeBuilder.AChange().InState(ChangeState.Implementing).Build());
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001)).InState(ReleaseState.Building).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("release show RLS-1001"));

        Card card = reply.Card!;
        Assert.Equal("RLS-1001 · January mail release", card.Title);
        Assert.Contains(card.Facts, f => f.Label == "State" && f.Value == "Building");
        Assert.Contains(card.Facts, f => f.Label == "Changes" && f.Value == "1");
        Assert.Contains("- **CHG-1001** · Implementing · ", card.Body, StringComparison.Ordinal);
        Assert.Contains("**History**", card.Body, StringComparison.Ordinal);
        Assert.Empty(card.Buttons);
    }

    [Fact]
    public async Task Show_ByAnAgentWhileDeploying_OffersClose()
    {
        _harness.HoldsRelease(ARelease().InState(ReleaseState.Deploying).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release show RLS-1001"));

        CardButton close = Assert.Single(reply.Card!.Buttons);
        Assert.Equal("form.release.close", close.ActionId);
    }

    [Fact]
    public async Task Show_Unknown_SaysSo()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("release show RLS-1042"));

        Assert.Equal("I can't find RLS-1042.", reply.Text);
    }

    [Fact]
    public async Task List_Default_ShowsOpenReleasesOnly()
    {
        _harness.HoldsRelease(ARelease().WithChanges(AScheduledChange(1001)).Build());
        _harness.HoldsRelease(ARelease().WithId(new TicketId(TicketType.Release, 1002)).InState(ReleaseState.Canceled).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("release list"));

        Assert.Equal("**Open releases**\n- **RLS-1001** · Planning · January mail release · email · 1 change", reply.Text);
    }

    [Fact]
    public async Task List_All_ShowsEveryRelease()
    {
        _harness.HoldsRelease(ARelease().Build());
        _harness.HoldsRelease(ARelease().WithId(new TicketId(TicketType.Release, 1002)).InState(ReleaseState.Canceled).Build());

        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("release list all"));

        Assert.StartsWith("**All releases**\n- **RLS-1002** · Canceled", reply.Text, StringComparison.Ordinal);
        Assert.Contains("- **RLS-1001** · Planning", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_None_SaysNone()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("release list"));

        Assert.Equal("**Open releases**: none.", reply.Text);
    }
}
