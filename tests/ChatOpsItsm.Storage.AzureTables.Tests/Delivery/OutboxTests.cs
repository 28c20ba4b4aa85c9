using Azure.Data.Tables;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>The outbox in the ticket transaction: rows commit with the record, one flush per command, rows go once forwarded.</summary>
public sealed class OutboxTests
{
    private readonly AzuriteFixture _azurite;

    public OutboxTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task CreateAsync_WithWork_CommitsOneOutboxRowPerItemAndQueuesOneFlush()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        DateTimeOffset before = Now;
        OutboundWork[] work = [WorkSamples.CardToConversation("INC-1001:1:oncall", Now), WorkSamples.Timer("INC-1001:timer:ResolutionBreach:1", Now.AddHours(1))];

        await storage.Incidents.CreateAsync(NewIncident, _ => work, Token);

        List<TableEntity> rows = await OutboxRowsAsync(storage);
        Assert.Equal(["o|INC-1001:1:oncall", "o|INC-1001:timer:ResolutionBreach:1"], rows.Select(row => row.RowKey));
        Assert.Equal([WorkKinds.Notification, WorkKinds.Timer], rows.Select(row => row.GetString("Kind")));
        Assert.Equivalent(work[0], WorkMapper.Deserialize(rows[0].GetString("Payload")), strict: true);
        Assert.Equivalent(work[1], WorkMapper.Deserialize(rows[1].GetString("Payload")), strict: true);
        Assert.All(rows, row => Assert.InRange(row.GetDateTimeOffset("CreatedAt")!.Value, before.AddSeconds(-1), Now));
        Assert.Equal(1, await QueueLengthAsync(storage));
    }

    [Fact]
    public async Task RunOnceAsync_AfterACommand_ForwardsTheFlushDeletesTheRowsAndDeliversWhatIsDue()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = handler });
        OutboundWork[] work = [WorkSamples.Notification("INC-1001:1:requester", Now), WorkSamples.Timer("INC-1001:timer:AutoClose:1", Now.AddHours(1))];
        await storage.Incidents.CreateAsync(NewIncident, _ => work, Token);

        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 1, storage.Pump);

        Assert.Empty(await OutboxRowsAsync(storage));
        Assert.Equal(1, handler.CallsFor("INC-1001:1:requester"));
        Assert.Equal(0, handler.CallsFor("INC-1001:timer:AutoClose:1"));
        Assert.Equal(1, await QueueLengthAsync(storage));
    }

    [Fact]
    public async Task SaveAsync_WithWork_CommitsTheOutboxRowsWithTheRecord()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id;
        StoredIncident stored = (await storage.Incidents.GetAsync(id, Token))!;
        stored.Incident.Assign(BuilderDefaults.Agent, BuilderDefaults.AgentName, ActionContextBuilder.AnActionContext().Build());

        SaveOutcome outcome = await storage.Incidents.SaveAsync(stored.Incident, stored.Version, [WorkSamples.Notification("INC-1001:2:assignee", Now)], Token);

        Assert.Equal(SaveOutcome.Saved, outcome);
        Assert.Equal(["o|INC-1001:2:assignee"], (await OutboxRowsAsync(storage)).Select(row => row.RowKey));
        Assert.Equal(1, await QueueLengthAsync(storage));
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_WritesNoOutboxRowAndQueuesNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id;
        StoredIncident first = (await storage.Incidents.GetAsync(id, Token))!;
        StoredIncident stale = (await storage.Incidents.GetAsync(id, Token))!;
        first.Incident.AddNote("First.", ActionContextBuilder.AnActionContext().Build());
        await storage.Incidents.SaveAsync(first.Incident, first.Version, [], Token);
        stale.Incident.AddNote("Second.", ActionContextBuilder.AnActionContext().Build());

        SaveOutcome outcome = await storage.Incidents.SaveAsync(stale.Incident, stale.Version, [WorkSamples.Notification("INC-1001:2:requester", Now)], Token);

        Assert.Equal(SaveOutcome.Conflict, outcome);
        Assert.Empty(await OutboxRowsAsync(storage));
        Assert.Equal(0, await QueueLengthAsync(storage));
    }

    [Fact]
    public async Task SaveAsync_MoreThanATransactionHolds_ThrowsAndWritesNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id;
        StoredIncident stored = (await storage.Incidents.GetAsync(id, Token))!;
        stored.Incident.AddNote("Hello.", ActionContextBuilder.AnActionContext().Build());
        OutboundWork[] work = [.. Enumerable.Range(0, 100).Select(i => WorkSamples.Notification($"INC-1001:2:n{i}", Now))];

        InvalidOperationException exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => storage.Incidents.SaveAsync(stored.Incident, stored.Version, work, Token));

        Assert.Contains("at most 100", exception.Message, StringComparison.Ordinal);
        Assert.Empty(await OutboxRowsAsync(storage));
        Assert.Single((await storage.Incidents.GetWithHistoryAsync(id, Token))!.History);
    }

    [Fact]
    public async Task CreateAsync_WorkTooLargeForAMessage_ThrowsAndWritesNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        NotificationWork huge = WorkSamples.Notification("INC-1001:1:requester", Now) with { Message = Reply.Say(new string('x', 31_000)) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.Incidents.CreateAsync(NewIncident, _ => [huge], Token));

        Assert.Null(await storage.Incidents.GetAsync(new TicketId(TicketType.Incident, 1001), Token));
        Assert.Empty(await OutboxRowsAsync(storage));
    }

    [Fact]
    public async Task CreateAsync_SameWorkIdTwice_WritesOneRow()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        await storage.Incidents.CreateAsync(NewIncident, _ => [WorkSamples.Notification("INC-1001:1:x", Now), WorkSamples.Notification("INC-1001:1:x", Now)], Token);

        Assert.Single(await OutboxRowsAsync(storage));
    }

    [Fact]
    public async Task CreateAsync_ManyLargeItems_AreQueuedInSeveralFlushesAndAllDelivered()
    {
        RecordingDeliveryHandler handler = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = handler });
        OutboundWork[] work = [.. Enumerable.Range(0, 6).Select(i =>
            WorkSamples.Notification($"INC-1001:1:n{i}", Now) with { Message = Reply.Say(new string('x', 20_000)) })];

        await storage.Incidents.CreateAsync(NewIncident, _ => work, Token);

        Assert.InRange(await QueueLengthAsync(storage), 3, 6);
        await Eventually.PumpUntilAsync(() => handler.TotalCalls == 6, storage.Pump);
        Assert.Empty(await OutboxRowsAsync(storage));
    }

    private static Incident NewIncident(TicketId id) => IncidentBuilder.AnIncident().WithId(id).Build();

    internal static async Task<List<TableEntity>> OutboxRowsAsync(TestStorage storage)
    {
        List<TableEntity> rows = [];
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {"INC"} and RowKey ge {"o|"} and RowKey lt {"o}"}");
        await foreach (TableEntity row in storage.TicketsTable.QueryAsync<TableEntity>(filter, cancellationToken: Token))
        {
            rows.Add(row);
        }

        return rows;
    }

    internal static async Task<int> QueueLengthAsync(TestStorage storage) =>
        (await storage.Queue.GetPropertiesAsync(Token)).Value.ApproximateMessagesCount;
}
