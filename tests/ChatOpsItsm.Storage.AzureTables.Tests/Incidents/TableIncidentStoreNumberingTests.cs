using Azure.Data.Tables;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Tests.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Incidents;

/// <summary>How incident numbers are found when the in-memory hint or the stored high-water mark is behind.</summary>
public sealed class TableIncidentStoreNumberingTests
{
    private readonly AzuriteFixture _azurite;

    public TableIncidentStoreNumberingTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_HighWaterMarkLagging_JumpsPastTheTakenNumbers()
    {
        await using TestStorage first = await TestStorage.StartAsync(_azurite);
        for (int i = 0; i < 5; i++)
        {
            await first.Incidents.CreateAsync(NewIncident, _ => [], Token);
        }

        // A create that commits late writes a lower mark than the creates that committed before it.
        await first.TicketsTable.UpsertEntityAsync(new TableEntity("INC", "seq") { ["Next"] = 1001L }, TableUpdateMode.Replace, Token);
        await using TestStorage second = await TestStorage.StartAsync(_azurite, new TestStorageSettings { TablePrefix = first.TablePrefix });
        using RoundTripCounter counter = new(second.Metrics);

        Incident created = await second.Incidents.CreateAsync(NewIncident, _ => [], Token);

        Assert.Equal(1006, created.Id.Number);
        // Mark, three taken numbers, mark again, one key-only range query, the insert.
        Assert.Equal(7, counter.Take());
        Assert.Contains(second.Logs.GetSnapshot(), record => record.Message.Contains("jumped to 1006", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_AfterAnOutage_LeavesNoGapInTheNumbers()
    {
        OutagePolicy outage = new();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { MaxRetries = 1, Policies = [outage] });
        await storage.Incidents.CreateAsync(NewIncident, _ => [], Token);
        outage.IsDown = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Incidents.CreateAsync(NewIncident, _ => [], Token));
        outage.IsDown = false;

        Incident created = await storage.Incidents.CreateAsync(NewIncident, _ => [], Token);

        Assert.Equal(1002, created.Id.Number);
    }

    [Fact]
    public async Task CreateAsync_CallbackBuildsAnotherId_ThrowsAndStoresNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => storage.Incidents.CreateAsync(_ => NewIncident(new TicketId(TicketType.Incident, 5000)), _ => [], Token));

        Assert.Equal(1001, (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id.Number);
    }

    private static Incident NewIncident(TicketId id) => IncidentBuilder.AnIncident().WithId(id).Build();
}
