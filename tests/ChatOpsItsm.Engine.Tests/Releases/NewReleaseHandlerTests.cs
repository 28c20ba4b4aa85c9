using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Tests.Releases;

public sealed class NewReleaseHandlerTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandleAsync_ByAnAgent_PlansTheReleaseWithItsWindow()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says(
            "release new January mail release service:email start:2026-01-06T22:00Z end:\"2026-01-06 23:30\""));

        Assert.Equal("Planned **RLS-1001**. Add approved changes with `release add RLS-1001 <change id>`.", reply.Text);
        Release stored = _harness.StoredRelease(EngineHarness.FirstReleaseId);
        Assert.Equal(ReleaseState.Planning, stored.State);
        Assert.Equal("January mail release", stored.Title);
        Assert.Equal("email", stored.Service);
        Assert.Equal("2026-01-06 22:00 UTC to 2026-01-06 23:30 UTC", stored.Window.ToString());
        Assert.Equal("RLS-1001 · January mail release", reply.Card!.Title);
        Assert.Contains(reply.Card.Facts, f => f.Label == "State" && f.Value == "Planning");
    }

    [Fact]
    public async Task HandleAsync_ByARequester_IsRefusedByRoleAndStoresNothing()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("release new January mail release"));

        Assert.Equal("Only agents and on-call engineers can use `release new`.", reply.Text);
        Assert.False(_harness.HoldsAnyRelease);
    }

    [Fact]
    public async Task HandleAsync_UnreadableStart_SaysSoAndStoresNothing()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Olga.Says("release new Q1 start:tomorrow end:2026-01-06T23:00Z"));

        Assert.StartsWith("I can't read the start `tomorrow`", reply.Text, StringComparison.Ordinal);
        Assert.False(_harness.HoldsAnyRelease);
    }

    [Fact]
    public async Task HandleAsync_HalfAWindow_IsRefused()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("release new Q1 start:2026-01-06T22:00Z"));

        Assert.Equal("A release window needs both a start and an end.", reply.Text);
        Assert.False(_harness.HoldsAnyRelease);
    }

    [Fact]
    public async Task HandleAsync_HostileTitle_IsStoredVerbatim()
    {
        const string hostile = "<script>alert('x')</script> | ~ `rm -rf` 🚀";

        await _harness.HandleAsync(Chat.Bob.Says($"release new {hostile}"));

        Assert.Equal(hostile, _harness.StoredRelease(EngineHarness.FirstReleaseId).Title);
    }
}
