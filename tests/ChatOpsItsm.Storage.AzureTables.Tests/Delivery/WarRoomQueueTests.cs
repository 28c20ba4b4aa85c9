using Azure.Data.Tables;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>Opening a war room through the outbox and the real queue: committed with the declaration, handed over whole, listed and replayed when it keeps failing.</summary>
public sealed class WarRoomQueueTests
{
    private const string WorkId = "INC-1001:war-room";

    private readonly AzuriteFixture _azurite;

    public WarRoomQueueTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task CreateAsync_WithAWarRoom_CommitsARowOfItsKindAndDeliversItOnce()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = handler });
        WarRoomWork work = WarRoomSamples.Open(WorkId, Now);

        await storage.Incidents.CreateAsync(id => IncidentBuilder.AnIncident().WithId(id).Build(), _ => [work], Token);

        TableEntity row = Assert.Single(await OutboxTests.OutboxRowsAsync(storage));
        Assert.Equal(("o|INC-1001:war-room", WorkKinds.WarRoom), (row.RowKey, row.GetString("Kind")));
        Assert.Equal(work, WorkMapper.Deserialize(row.GetString("Payload")));
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 1, storage.Pump);
        await Eventually.KeepPumpingAsync(TimeSpan.FromSeconds(1), storage.Pump);
        Assert.Equal(work, Assert.IsType<WarRoomWork>(Assert.Single(handler.Handled).Work));
        Assert.Empty(await OutboxTests.OutboxRowsAsync(storage));
    }

    [Fact]
    public async Task SweepAsync_WarRoomWhoseFlushWasLost_IsQueuedAndDelivered()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { Handler = handler, Delivery = options => options.SweepAfter = TimeSpan.FromSeconds(1) });
        WarRoomWork work = WarRoomSamples.Open(WorkId, Now);
        await storage.Incidents.CreateAsync(id => IncidentBuilder.AnIncident().WithId(id).Build(), _ => [work], Token);
        await storage.Queue.ClearMessagesAsync(Token);

        await Eventually.UntilAsync(async () => await storage.Sweeper.SweepAsync(Token) == 1);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 1, storage.Pump);

        Assert.Equal(work, handler.Handled[0].Work);
    }

    [Fact]
    public async Task RunOnceAsync_WarRoomThatKeepsFailing_IsListedByItsParentAndReplayed()
    {
        RecordingDeliveryHandler handler = new() { Behaviour = _ => throw new HttpRequestException("Teams answered 503.") };
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { Handler = handler, Delivery = options => options.MaxAttempts = 1 });
        WarRoomWork work = WarRoomSamples.Open(WorkId, Now);
        await storage.Scheduler.ScheduleAsync(work, Token);
        await Eventually.PumpUntilAsync(async () => (await storage.FailedDeliveries.ListAsync(10, Token)).Count == 1, storage.Pump);

        FailedDelivery failed = Assert.Single(await storage.FailedDeliveries.ListAsync(10, Token));
        handler.Behaviour = _ => DeliveryResult.Done();
        int callsBefore = handler.TotalCalls;
        bool replayed = await storage.FailedDeliveries.ReplayAsync(WorkId, Token);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == callsBefore + 1, storage.Pump);

        Assert.Equal((WorkId, "war-room", "teams:19:abc|def@thread.v2"), (failed.WorkId, failed.Kind, failed.Target));
        Assert.True(replayed);
        Assert.Equal(work with { NotBefore = default }, (WarRoomWork)handler.Handled[^1].Work with { NotBefore = default });
    }
}
