using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Tests.Resilience;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Logging.Testing;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>The worker side of the queue: each item carried out once by one of several workers, outcomes recorded first.</summary>
public sealed partial class QueueDeliveryPumpTests
{
    private readonly AzuriteFixture _azurite;

    public QueueDeliveryPumpTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task RunOnceAsync_ThreePumpsOnOneQueue_HandleEachItemExactlyOnce()
    {
        const int items = 40;
        RecordingDeliveryHandler handler = new();
        TestStorageSettings settings = new() { Handler = handler, Delivery = options => options.BatchSize = 4 };
        await using TestStorage first = await TestStorage.StartAsync(_azurite, settings);
        TestStorageSettings shared = settings with { TablePrefix = first.TablePrefix, QueueName = first.DeliveryOptions.QueueName };
        await using TestStorage second = await TestStorage.StartAsync(_azurite, shared);
        await using TestStorage third = await TestStorage.StartAsync(_azurite, shared);
        await Task.WhenAll(Enumerable.Range(0, items).Select(i => first.Scheduler.ScheduleAsync(WorkSamples.Notification($"w{i}", Now), Token)));

        await Eventually.PumpUntilAsync(() => handler.TotalCalls == items, first.Pump, second.Pump, third.Pump);
        await Eventually.KeepPumpingAsync(TimeSpan.FromSeconds(1), first.Pump, second.Pump, third.Pump);

        Assert.All(Enumerable.Range(0, items), i => Assert.Equal(1, handler.CallsFor($"w{i}")));
        Assert.Equal(items, handler.TotalCalls);
        Assert.Equal(0, await OutboxTests.QueueLengthAsync(first));
    }

    [Fact]
    public async Task RunOnceAsync_SameItemQueuedTwice_IsHandedOverTwiceAndTheLedgerMakesItOneEffect()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = handler });
        int effects = 0;
        handler.AsyncBehaviour = async work =>
        {
            // What the engine's handler does: skip what the ledger says is done, mark what it did.
            if (await storage.Ledger.IsDoneAsync(work.WorkId, Token))
            {
                return DeliveryResult.Skipped("already delivered");
            }

            Interlocked.Increment(ref effects);
            await storage.Ledger.MarkDoneAsync(work.WorkId, Now, Token);
            return DeliveryResult.Done();
        };
        NotificationWork work = WorkSamples.Notification("INC-1001:3:requester", Now);

        await storage.Scheduler.ScheduleAsync(work, Token);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 1, storage.Pump);
        await storage.Scheduler.ScheduleAsync(work, Token);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 2, storage.Pump);

        Assert.Equal(1, effects);
        Assert.Equal(0, await OutboxTests.QueueLengthAsync(storage));
    }

    [Fact]
    public async Task RunOnceAsync_Rescheduled_IsHandledAgainAtTheNewTime()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = handler });
        DateTimeOffset later = Now.AddSeconds(2);
        handler.Behaviour = work => work.NotBefore < later ? DeliveryResult.Reschedule(later) : DeliveryResult.Done();
        await storage.Scheduler.ScheduleAsync(WorkSamples.Timer("INC-1001:timer:AutoClose:1", Now), Token);

        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 2, storage.Pump);

        IReadOnlyList<(OutboundWork Work, DateTimeOffset At)> handled = handler.Handled;
        Assert.Equal(later, handled[1].Work.NotBefore);
        Assert.True(handled[1].At >= later, $"Handled at {handled[1].At:O}, due {later:O}.");
    }

    [Fact]
    public async Task RunOnceAsync_MessageThatIsNotWork_IsMovedAsideAtOnce()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = handler });
        await storage.Queue.SendMessageAsync("""{"type":"work","work":{"kind":"sms","id":"x","notBefore":"2026-01-05T09:00:00+00:00"}}""", Token);
        await storage.Queue.SendMessageAsync("hello, queue", Token);

        await Eventually.PumpUntilAsync(async () => (await storage.FailedDeliveries.ListAsync(10, Token)).Count == 2, storage.Pump);

        IReadOnlyList<FailedDelivery> failed = await storage.FailedDeliveries.ListAsync(10, Token);
        Assert.Equal(["sms", "unreadable"], failed.Select(item => item.Kind).Order(StringComparer.Ordinal));
        Assert.All(failed, item => Assert.Equal(1, item.Attempts));
        Assert.Equal(0, handler.TotalCalls);
        Assert.Equal(0, await OutboxTests.QueueLengthAsync(storage));
    }

    [Fact]
    public async Task RunOnceAsync_QueueUnreachable_ReturnsZeroAndLogs()
    {
        OutagePolicy outage = new();
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { Handler = new RecordingDeliveryHandler(), QueuePolicies = [outage], MaxRetries = 0 });
        outage.IsDown = true;

        int received = await storage.Pump.RunOnceAsync(Token);

        Assert.Equal(0, received);
        Assert.Contains(storage.Logs.GetSnapshot(), record => record.Message.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnceAsync_AnyOutcome_NeverLogsThePayloadText()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { Handler = handler, Delivery = options => options.MaxAttempts = 1 });
        handler.Behaviour = work => work.WorkId.EndsWith("fails", StringComparison.Ordinal)
            ? throw new InvalidOperationException("Teams answered 500.")
            : DeliveryResult.Done();
        await storage.Incidents.CreateAsync(
            id => IncidentBuilder.AnIncident().WithId(id).Build(),
            _ => [WorkSamples.Notification("INC-1001:1:ok", Now), WorkSamples.Notification("INC-1001:1:fails", Now), WorkSamples.CardToConversation("INC-1001:1:card", Now)],
            Token);

        await Eventually.PumpUntilAsync(async () => (await storage.FailedDeliveries.ListAsync(10, Token)).Count == 1 && handler.TotalCalls >= 5, storage.Pump);

        IReadOnlyList<FakeLogRecord> logs = storage.Logs.GetSnapshot();
        Assert.Contains(logs, record => record.Message.Contains("INC-1001:1:fails", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, record => record.Message.Contains("printer", StringComparison.OrdinalIgnoreCase)
            || record.Message.Contains("Printer", StringComparison.Ordinal)
            || record.Exception?.Message.Contains("printer", StringComparison.OrdinalIgnoreCase) == true);
    }
}
