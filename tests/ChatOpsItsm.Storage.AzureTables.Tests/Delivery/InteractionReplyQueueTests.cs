using Azure.Data.Tables;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Logging.Testing;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>An interaction reply on the real queue: scheduled or committed with a ticket, handed over whole, moved aside without its token showing.</summary>
public sealed class InteractionReplyQueueTests
{
    private const string WorkId = "discord:1187331154541367336:reply";

    private readonly AzuriteFixture _azurite;

    public InteractionReplyQueueTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task ScheduleAsync_InteractionReply_IsHandedToTheHandlerOnceWithEveryField()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = handler });
        InteractionReplyWork work = InteractionReplySamples.Reply(WorkId, Now, InteractionReplyMode.UpdateSourceMessage);

        await storage.Scheduler.ScheduleAsync(work, Token);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 1, storage.Pump);
        await Eventually.KeepPumpingAsync(TimeSpan.FromSeconds(1), storage.Pump);

        InteractionReplyWork handed = Assert.IsType<InteractionReplyWork>(Assert.Single(handler.Handled).Work);
        Assert.Equivalent(work, handed, strict: true);
        Assert.Equal(work.TokenExpiresAt.Offset, handed.TokenExpiresAt.Offset);
        Assert.Equal(0, await OutboxTests.QueueLengthAsync(storage));
    }

    [Fact]
    public async Task CreateAsync_WithAnInteractionReply_CommitsARowOfItsKindAndDeliversIt()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = handler });
        InteractionReplyWork work = InteractionReplySamples.Reply(WorkId, Now);

        await storage.Incidents.CreateAsync(id => IncidentBuilder.AnIncident().WithId(id).Build(), _ => [work], Token);

        TableEntity row = Assert.Single(await OutboxTests.OutboxRowsAsync(storage));
        Assert.Equal(WorkKinds.InteractionReply, row.GetString("Kind"));
        Assert.Equivalent(work, WorkMapper.Deserialize(row.GetString("Payload")), strict: true);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 1, storage.Pump);
        Assert.Equivalent(work, handler.Handled[0].Work, strict: true);
        Assert.Empty(await OutboxTests.OutboxRowsAsync(storage));
    }

    [Fact]
    public async Task RunOnceAsync_InteractionReplyThatKeepsFailing_IsListedByConversationAndTheTokenIsNeverLogged()
    {
        RecordingDeliveryHandler handler = new() { Behaviour = _ => throw new InvalidOperationException("The discord channel cannot answer interactions.") };
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { Handler = handler, Delivery = options => options.MaxAttempts = 1 });

        await storage.Scheduler.ScheduleAsync(InteractionReplySamples.Reply(WorkId, Now), Token);
        await Eventually.PumpUntilAsync(async () => (await storage.FailedDeliveries.ListAsync(10, Token)).Count == 1, storage.Pump);

        FailedDelivery failed = Assert.Single(await storage.FailedDeliveries.ListAsync(10, Token));
        Assert.Equal((WorkId, "interaction-reply", "discord:998877665544332211", 1), (failed.WorkId, failed.Kind, failed.Target, failed.Attempts));
        Assert.DoesNotContain("SECRET", failed.ToString(), StringComparison.Ordinal);
        IReadOnlyList<FakeLogRecord> logs = storage.Logs.GetSnapshot();
        Assert.Contains(logs, record => record.Message.Contains(WorkId, StringComparison.Ordinal));
        Assert.DoesNotContain(logs, record => record.Message.Contains("SECRET", StringComparison.Ordinal)
            || record.StructuredState?.Any(pair => pair.Value?.Contains("SECRET", StringComparison.Ordinal) == true) == true);
    }

    [Fact]
    public async Task ReplayAsync_FailedInteractionReply_IsHandedOverAgainWithItsToken()
    {
        RecordingDeliveryHandler handler = new() { Behaviour = _ => throw new HttpRequestException("Discord answered 503.") };
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { Handler = handler, Delivery = options => options.MaxAttempts = 1 });
        InteractionReplyWork work = InteractionReplySamples.Reply(WorkId, Now);
        await storage.Scheduler.ScheduleAsync(work, Token);
        await Eventually.PumpUntilAsync(async () => (await storage.FailedDeliveries.ListAsync(10, Token)).Count == 1, storage.Pump);
        handler.Behaviour = _ => DeliveryResult.Done();
        int callsBefore = handler.TotalCalls;

        bool replayed = await storage.FailedDeliveries.ReplayAsync(WorkId, Token);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == callsBefore + 1, storage.Pump);

        Assert.True(replayed);
        InteractionReplyWork handed = Assert.IsType<InteractionReplyWork>(handler.Handled[^1].Work);
        Assert.Equivalent(work, handed with { NotBefore = work.NotBefore }, strict: true);
        Assert.Empty(await storage.FailedDeliveries.ListAsync(10, Token));
    }
}
