using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Logging.Testing;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

public sealed partial class QueueDeliveryPumpTests
{
    [Fact]
    public async Task RunOnceAsync_TimerTwoSecondsAhead_IsHandledOnceAndNotBeforeItsTime()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = handler });
        DateTimeOffset due = Now.AddSeconds(2);
        await storage.Incidents.CreateAsync(
            id => IncidentBuilder.AnIncident().WithId(id).Build(), _ => [WorkSamples.Timer("INC-1001:timer:ResponseWarning:1", due)], Token);

        await storage.Pump.RunOnceAsync(Token);
        await storage.Pump.RunOnceAsync(Token);
        int earlyCalls = handler.TotalCalls;
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 1, storage.Pump);
        await Eventually.KeepPumpingAsync(TimeSpan.FromSeconds(1), storage.Pump);

        Assert.Equal(0, earlyCalls);
        Assert.Equal(1, handler.CallsFor("INC-1001:timer:ResponseWarning:1"));
        Assert.True(handler.Handled[0].At >= due, $"Handled at {handler.Handled[0].At:O}, due {due:O}.");
        Assert.Empty(await OutboxTests.OutboxRowsAsync(storage));
    }

    [Fact]
    public async Task RunOnceAsync_TimerBeyondMaxTimerStep_IsQueuedAgainInStepsAndHandledOnce()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { Handler = handler, Delivery = options => options.MaxTimerStep = TimeSpan.FromSeconds(1) });
        DateTimeOffset due = Now.AddSeconds(3.5);

        await storage.Scheduler.ScheduleAsync(WorkSamples.Timer("INC-1001:timer:AutoClose:2", due), Token);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 1, storage.Pump);
        await Eventually.KeepPumpingAsync(TimeSpan.FromSeconds(1), storage.Pump);

        Assert.Equal(1, handler.CallsFor("INC-1001:timer:AutoClose:2"));
        IReadOnlyList<FakeLogRecord> steps = [.. storage.Logs.GetSnapshot().Where(record => record.Message.Contains("queued again for 1 s", StringComparison.Ordinal))];
        // 3.5 s in 1 s steps: at least one re-queue; how many depends on how late a loaded machine takes each step.
        Assert.InRange(steps.Count, 1, 3);

        // Whole-second steps may end up to the documented tolerance (1 s) before the due time.
        Assert.True(handler.Handled[0].At >= due.AddSeconds(-1), $"Handled at {handler.Handled[0].At:O}, due {due:O}.");
    }

    [Fact]
    public async Task ScheduleAsync_DueNow_IsHandledAtOnce()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = handler });
        NotificationWork work = WorkSamples.CardToConversation("INC-1001:1:oncall", Now);

        await storage.Scheduler.ScheduleAsync(work, Token);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 1, storage.Pump);

        Assert.Equivalent(work, handler.Handled[0].Work, strict: true);
    }

    [Fact]
    public async Task ScheduleAsync_WorkTooLargeForAMessage_Throws()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        NotificationWork huge = WorkSamples.Notification("x", Now) with { Message = Engine.Replies.Reply.Say(new string('x', 40_000)) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.Scheduler.ScheduleAsync(huge, Token));
    }
}
