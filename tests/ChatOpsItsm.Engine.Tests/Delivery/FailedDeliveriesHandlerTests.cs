using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using NSubstitute;

namespace ChatOpsItsm.Engine.Tests.Delivery;

/// <summary><c>admin deliveries</c> and <c>admin replay</c>: for admins (Root) only.</summary>
public sealed class FailedDeliveriesHandlerTests : IDisposable
{
    private static readonly FailedDelivery Stuck = new(
        "INC-1001:2:requester", "notification", "dm discord:42", BuilderDefaults.Instant, 8, "No outbound channel serves the platform 'discord'.");

    private readonly EngineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("alice", "admin deliveries")]
    [InlineData("bob", "admin deliveries")]
    [InlineData("olga", "admin replay INC-1001:2:requester")]
    public async Task RunAsync_NotAnAdmin_IsRefusedAndNothingTouched(string who, string command)
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Named(who).Says(command));

        Assert.Equal($"Only admins can use `{string.Join(' ', command.Split(' ').Take(2))}`.", reply.Text);
        Assert.Empty(_harness.FailedDeliveries.ReceivedCalls());
    }

    [Fact]
    public async Task ListAsync_Admin_ListsIdKindTargetAttemptsAndReason()
    {
        _harness.FailedDeliveries.ListAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([Stuck]);

        Reply reply = await _harness.ReplyToAsync(Chat.Root.Says("admin deliveries"));

        Assert.Equal(
            "**Failed deliveries**\n"
            + "- `INC-1001:2:requester` · notification · dm discord:42 · 8 attempts · failed 2026-01-05 09:00 UTC · "
            + "No outbound channel serves the platform 'discord'.\n\n"
            + "Put one back on the queue with `admin replay <workId>`.",
            reply.Text);
    }

    [Fact]
    public async Task ListAsync_None_SaysSo()
    {
        _harness.FailedDeliveries.ListAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([]);

        Reply reply = await _harness.ReplyToAsync(Chat.Root.Says("admin deliveries"));

        Assert.Equal("**Failed deliveries**: none. Everything queued was delivered or is still being tried.", reply.Text);
    }

    [Fact]
    public async Task ListAsync_MoreThanShown_ListsTheFirstAndPointsAtTheApi()
    {
        FailedDelivery[] many = Enumerable.Range(1, FailedDeliveriesHandler.Shown + 1).Select(i => Stuck with { WorkId = $"w{i}" }).ToArray();
        _harness.FailedDeliveries.ListAsync(FailedDeliveriesHandler.Shown + 1, Arg.Any<CancellationToken>()).Returns(many);

        Reply reply = await _harness.ReplyToAsync(Chat.Root.Says("admin deliveries"));

        Assert.Contains("`w20`", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("`w21`", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`GET /api/deliveries?state=failed` lists them all", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_ReasonWithBackticksAndLines_KeepsOneLineAndTheFormatting()
    {
        _harness.FailedDeliveries.ListAsync(Arg.Any<int>(), Arg.Any<CancellationToken>())
            .Returns([Stuck with { Reason = "Bad `code`\nsecond line" + new string('x', 300) }]);

        Reply reply = await _harness.ReplyToAsync(Chat.Root.Says("admin deliveries"));

        string line = reply.Text!.Split('\n')[1];
        Assert.Contains("Bad 'code' second line", line, StringComparison.Ordinal);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayAsync_KnownFailedItem_PutsItBack()
    {
        _harness.FailedDeliveries.ReplayAsync("INC-1001:timer:ResponseBreach:639032652000000000", Arg.Any<CancellationToken>()).Returns(true);

        Reply reply = await _harness.ReplyToAsync(Chat.Root.Says("admin replay INC-1001:timer:ResponseBreach:639032652000000000"));

        Assert.Equal("`INC-1001:timer:ResponseBreach:639032652000000000` is back on the queue with fresh attempts.", reply.Text);
    }

    [Fact]
    public async Task ReplayAsync_UnknownItem_SaysThereIsNone()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Root.Says("admin replay nope-1"));

        Assert.Equal("There is no failed delivery `nope-1`. `admin deliveries` lists them.", reply.Text);
        await _harness.FailedDeliveries.Received(1).ReplayAsync("nope-1", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ReplayAsync_NoWorkId_ShowsTheUsage()
    {
        Reply reply = await _harness.ReplyToAsync(Chat.Root.Says("admin replay"));

        Assert.Equal("Which delivery? Usage: `admin replay <work>`; `admin deliveries` lists them.", reply.Text);
        Assert.Empty(_harness.FailedDeliveries.ReceivedCalls());
    }

    [Fact]
    public async Task Help_Admin_ListsTheAdminCommandsAndOthersDoNotSeeThem()
    {
        Reply admin = await _harness.ReplyToAsync(Chat.Root.Says("help"));
        Reply agent = await _harness.ReplyToAsync(Chat.Bob.Says("help"));

        Assert.Contains("`admin deliveries`", admin.Text, StringComparison.Ordinal);
        Assert.Contains("`admin replay <work>`", admin.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("`admin", agent.Text, StringComparison.Ordinal);
    }
}
