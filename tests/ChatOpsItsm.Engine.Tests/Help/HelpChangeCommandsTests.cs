using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Tests.Help;

public sealed class HelpChangeCommandsTests : IDisposable
{
    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Help_Requester_ListsRaisingAndVotingButNotImplementing()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Alice.Says("help change"));

        Assert.Contains("- `change new [title] [type:] [risk:] [impact:] [service:] [start:] [end:] [description:] [plan:] [rollback:] [template:]`: "
            + "Raise a change (RFC) as a draft; times are UTC, e.g. start:2026-12-01T22:00Z", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`change approve <id> [comment]`", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`change reject <id> <reason>`", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`change cancel <id> [reason]`", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("`change start", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("`incident", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Agent_ListsImplementing()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Bob.Says("help change"));

        Assert.Contains("`change start <id>`", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`change fail <id> <reason>`", reply.Text, StringComparison.Ordinal);
    }
}
