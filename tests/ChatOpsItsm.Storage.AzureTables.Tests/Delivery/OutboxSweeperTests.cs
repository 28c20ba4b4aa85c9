using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Storage.AzureTables.Tests.Resilience;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Time.Testing;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>Issue 3: nothing a command promised is lost when the process dies (or the queue fails) after the ticket write.</summary>
public sealed class OutboxSweeperTests
{
    private const string WorkId = "INC-1001:1:requester";

    private readonly AzuriteFixture _azurite;

    public OutboxSweeperTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SweepAsync_AfterTheQueuePutFailed_RequeuesTheRowAndItIsHandledOnce()
    {
        OutagePolicy queueOutage = new();
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings
        {
            Handler = handler,
            QueuePolicies = [queueOutage],
            MaxRetries = 0,
            Delivery = options => options.SweepAfter = TimeSpan.FromSeconds(1),
        });
        queueOutage.IsDown = true;

        Incident created = await storage.Incidents.CreateAsync(NewIncident, _ => [WorkSamples.Notification(WorkId, BuilderDefaults.Instant)], Token);

        Assert.Equal(1001, created.Id.Number);
        Assert.Single(await OutboxTests.OutboxRowsAsync(storage));
        Assert.Contains(storage.Logs.GetSnapshot(), record => record.Message.Contains("was not queued", StringComparison.Ordinal));
        queueOutage.IsDown = false;
        Assert.Equal(0, await OutboxTests.QueueLengthAsync(storage));
        await Eventually.UntilAsync(async () => await storage.Sweeper.SweepAsync(Token) == 1);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 1, storage.Pump);
        await Eventually.KeepPumpingAsync(TimeSpan.FromSeconds(1), storage.Pump);
        Assert.Equal(1, handler.CallsFor(WorkId));
        Assert.Empty(await OutboxTests.OutboxRowsAsync(storage));
        Assert.Equal(0, await storage.Sweeper.SweepAsync(Token));
    }

    [Fact]
    public async Task SweepAsync_RowsYoungerThanSweepAfter_AreLeftAlone()
    {
        FakeTimeProvider time = new(BuilderDefaults.Instant);
        await using TestStorage storage = await StartWithoutQueueAsync(time);
        await storage.Incidents.CreateAsync(NewIncident, _ => [WorkSamples.Notification(WorkId, BuilderDefaults.Instant)], Token);

        int atOnce = await storage.Sweeper.SweepAsync(Token);
        time.Advance(TimeSpan.FromSeconds(59));
        int before = await storage.Sweeper.SweepAsync(Token);

        Assert.Equal((0, 0), (atOnce, before));
        Assert.Equal(0, await OutboxTests.QueueLengthAsync(storage));
    }

    [Fact]
    public async Task SweepAsync_SweptRow_IsQueuedAgainOnlyAfterAnotherSweepAfter()
    {
        FakeTimeProvider time = new(BuilderDefaults.Instant);
        await using TestStorage storage = await StartWithoutQueueAsync(time);
        await storage.Incidents.CreateAsync(NewIncident, _ => [WorkSamples.Notification(WorkId, BuilderDefaults.Instant)], Token);
        time.Advance(TimeSpan.FromSeconds(61));

        int first = await storage.Sweeper.SweepAsync(Token);
        int again = await storage.Sweeper.SweepAsync(Token);
        time.Advance(TimeSpan.FromSeconds(61));
        int later = await storage.Sweeper.SweepAsync(Token);

        Assert.Equal((1, 0, 1), (first, again, later));
        Assert.Equal(2, await OutboxTests.QueueLengthAsync(storage));
    }

    [Fact]
    public async Task SweepAsync_TwoSweepersAtOnce_DuplicatesAreForwardedHarmlessly()
    {
        FakeTimeProvider time = new(BuilderDefaults.Instant);
        RecordingDeliveryHandler handler = new();
        await using TestStorage first = await StartWithoutQueueAsync(time, handler);
        await using TestStorage second = await TestStorage.StartAsync(_azurite, new TestStorageSettings
        {
            TablePrefix = first.TablePrefix,
            QueueName = first.DeliveryOptions.QueueName,
            TimeProvider = time,
            Handler = handler,
        });
        await first.Incidents.CreateAsync(NewIncident, _ => [WorkSamples.Notification(WorkId, BuilderDefaults.Instant)], Token);
        time.Advance(TimeSpan.FromMinutes(2));

        int[] swept = await Task.WhenAll(first.Sweeper.SweepAsync(Token), second.Sweeper.SweepAsync(Token));
        await Eventually.PumpUntilAsync(
            async () => (await OutboxTests.OutboxRowsAsync(first)).Count == 0 && await OutboxTests.QueueLengthAsync(first) == 0,
            first.Pump,
            second.Pump);

        Assert.InRange(swept.Sum(), 1, 2);
        Assert.InRange(handler.CallsFor(WorkId), 1, swept.Sum());
    }

    /// <summary>A storage on a fake clock whose next queue request (the first command's flush) is refused: its outbox row stays.</summary>
    private async Task<TestStorage> StartWithoutQueueAsync(FakeTimeProvider time, RecordingDeliveryHandler? handler = null)
    {
        RefuseNextRequestPolicy refuse = new();
        TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings
        {
            TimeProvider = time,
            Handler = handler,
            QueuePolicies = [refuse],
            MaxRetries = 0,
        });
        refuse.Arm();
        return storage;
    }

    private static Incident NewIncident(TicketId id) => IncidentBuilder.AnIncident().WithId(id).Build();
}
