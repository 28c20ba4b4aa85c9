using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Storage.AzureTables.Tests.Delivery;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;

/// <summary>SPEC §6: a typical command costs a small, fixed number of round trips. These pin the numbers.</summary>
public sealed class StorageRoundTripPolicyTests
{
    private readonly AzuriteFixture _azurite;

    public StorageRoundTripPolicyTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RoundTrips_EachIncidentOperation_CostsOneRequest()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        using RoundTripCounter counter = new(storage.Metrics);

        Incident first = await storage.Incidents.CreateAsync(NewIncident, _ => [], Token);
        long firstCreate = counter.Take();
        await storage.Incidents.CreateAsync(NewIncident, _ => [], Token);
        long create = counter.Take();
        StoredIncident stored = (await storage.Incidents.GetAsync(first.Id, Token))!;
        long get = counter.Take();
        await storage.Incidents.GetWithHistoryAsync(first.Id, Token);
        long getWithHistory = counter.Take();
        stored.Incident.Assign(BuilderDefaults.Agent, BuilderDefaults.AgentName, ActionContextBuilder.AnActionContext().Build());
        await storage.Incidents.SaveAsync(stored.Incident, stored.Version, [], Token);
        long save = counter.Take();
        await storage.Incidents.ListAsync(new IncidentQuery(IncidentListKind.Open, 10), Token);
        long list = counter.Take();

        Assert.Equal(
            "first create 2, create 1, get 1, get with history 1, save 1, list 1",
            $"first create {firstCreate}, create {create}, get {get}, get with history {getWithHistory}, save {save}, list {list}");
    }

    [Fact]
    public async Task RoundTrips_GetWithHistory_StaysOneAsHistoryGrows()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id;
        ActionContext agent = ActionContextBuilder.AnActionContext().Build();
        for (int i = 0; i < 20; i++)
        {
            StoredIncident stored = (await storage.Incidents.GetAsync(id, Token))!;
            stored.Incident.AddNote($"Note {i}.", agent);
            await storage.Incidents.SaveAsync(stored.Incident, stored.Version, [], Token);
        }

        using RoundTripCounter counter = new(storage.Metrics);

        IncidentWithHistory? withHistory = await storage.Incidents.GetWithHistoryAsync(id, Token);

        Assert.Equal(21, withHistory!.History.Count);
        Assert.Equal(1, counter.Take());
    }

    [Fact]
    public async Task RoundTrips_CommandWithOutboundWork_CostsTheTransactionAndOneQueuePut()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        DateTimeOffset now = BuilderDefaults.Instant;
        await storage.Incidents.CreateAsync(NewIncident, _ => [], Token);
        using RoundTripCounter counter = new(storage.Metrics);

        Incident created = await storage.Incidents.CreateAsync(
            NewIncident, _ => [WorkSamples.Notification("a", now), WorkSamples.CardToConversation("b", now), WorkSamples.Timer("c", now.AddHours(1))], Token);
        long create = counter.Take();
        StoredIncident stored = (await storage.Incidents.GetAsync(created.Id, Token))!;
        stored.Incident.Assign(BuilderDefaults.Agent, BuilderDefaults.AgentName, ActionContextBuilder.AnActionContext().Build());
        counter.Take();
        await storage.Incidents.SaveAsync(stored.Incident, stored.Version, [WorkSamples.Notification("d", now)], Token);
        long save = counter.Take();

        Assert.Equal("create 2, save 2", $"create {create}, save {save}");
    }

    [Fact]
    public async Task RoundTrips_PumpForwardingAFlushAndDeliveringItsItems_AreCounted()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Handler = new RecordingDeliveryHandler() });
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        await storage.Incidents.CreateAsync(NewIncident, _ => [WorkSamples.Notification("a", now), WorkSamples.Notification("b", now)], Token);
        using RoundTripCounter counter = new(storage.Metrics);

        await storage.Pump.RunOnceAsync(Token);
        long flush = counter.Take();

        // Receive 1, a put per item 2, the outbox delete transaction 1, the flush delete 1.
        Assert.Equal(5, flush);
    }

    private static Incident NewIncident(TicketId id) => IncidentBuilder.AnIncident().WithId(id).Build();
}
