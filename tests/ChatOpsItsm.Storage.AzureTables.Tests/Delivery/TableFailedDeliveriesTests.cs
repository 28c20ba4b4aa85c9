using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>Issue 3: a message that keeps failing is moved aside with why, listed, and can be replayed.</summary>
public sealed class TableFailedDeliveriesTests
{
    private const string WorkId = "INC-1001:2:requester";

    private readonly AzuriteFixture _azurite;

    public TableFailedDeliveriesTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task ListAsync_PoisonItem_ListedAfterMaxAttemptsWithTheReason()
    {
        RecordingDeliveryHandler handler = new() { Behaviour = _ => throw new InvalidOperationException("Teams answered 500.") };
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { Handler = handler, Delivery = options => options.MaxAttempts = 2 });
        DateTimeOffset before = Now;

        await storage.Scheduler.ScheduleAsync(WorkSamples.Notification(WorkId, Now), Token);
        await Eventually.PumpUntilAsync(async () => (await storage.FailedDeliveries.ListAsync(10, Token)).Count == 1, storage.Pump);

        FailedDelivery failed = Assert.Single(await storage.FailedDeliveries.ListAsync(10, Token));
        Assert.Equal((WorkId, "notification", "dm local:alice", 2), (failed.WorkId, failed.Kind, failed.Target, failed.Attempts));
        Assert.Equal("InvalidOperationException: Teams answered 500.", failed.Reason);
        Assert.InRange(failed.FailedAt, before, Now);
        Assert.Equal(2 * 3, handler.CallsFor(WorkId));
        Assert.Equal(0, await OutboxTests.QueueLengthAsync(storage));
    }

    [Fact]
    public async Task ReplayAsync_FailedItem_IsQueuedAgainHandledAndNoLongerListed()
    {
        RecordingDeliveryHandler handler = new() { Behaviour = _ => throw new InvalidOperationException("Down.") };
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { Handler = handler, Delivery = options => options.MaxAttempts = 1 });
        DateTimeOffset due = Now;
        await storage.Scheduler.ScheduleAsync(WorkSamples.Timer(WorkId, due), Token);
        await Eventually.PumpUntilAsync(async () => (await storage.FailedDeliveries.ListAsync(10, Token)).Count == 1, storage.Pump);
        handler.Behaviour = _ => DeliveryResult.Done();
        int callsBefore = handler.TotalCalls;

        bool replayed = await storage.FailedDeliveries.ReplayAsync(WorkId, Token);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == callsBefore + 1, storage.Pump);

        Assert.True(replayed);
        Assert.Empty(await storage.FailedDeliveries.ListAsync(10, Token));
        Assert.Equivalent(WorkSamples.Timer(WorkId, due), handler.Handled[^1].Work with { NotBefore = due }, strict: true);
        Assert.True(handler.Handled[^1].Work.NotBefore > due, "A replay is due when it is replayed.");
    }

    [Fact]
    public async Task ReplayAsync_UnknownId_ReturnsFalse()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        Assert.False(await storage.FailedDeliveries.ReplayAsync("INC-4242:1:nothing", Token));
    }

    [Fact]
    public async Task ListAsync_Max_LimitsTheList()
    {
        RecordingDeliveryHandler handler = new() { Behaviour = _ => throw new InvalidOperationException("Down.") };
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { Handler = handler, Delivery = options => options.MaxAttempts = 1 });
        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => storage.Scheduler.ScheduleAsync(WorkSamples.Notification($"w{i}", Now), Token)));
        await Eventually.PumpUntilAsync(async () => (await storage.FailedDeliveries.ListAsync(10, Token)).Count == 3, storage.Pump);

        IReadOnlyList<FailedDelivery> two = await storage.FailedDeliveries.ListAsync(2, Token);

        Assert.Equal(["w0", "w1"], two.Select(item => item.WorkId));
    }
}
