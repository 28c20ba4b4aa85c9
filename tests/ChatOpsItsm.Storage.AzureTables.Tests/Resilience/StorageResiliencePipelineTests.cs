using System.Diagnostics;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Health;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Resilience;

public sealed class StorageResiliencePipelineTests
{
    private readonly AzuriteFixture _azurite;

    public StorageResiliencePipelineTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_StorageDown_ThrowsStorageUnavailableWithinBoundedTime()
    {
        await using TestStorage storage = await StartDownAsync();
        Stopwatch elapsed = Stopwatch.StartNew();

        StorageUnavailableException exception = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => storage.Incidents.GetAsync(new TicketId(TicketType.Incident, 1001), Token));

        Assert.InRange(elapsed.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        Assert.Equal("Azure Table Storage is not reachable right now.", exception.Message);
    }

    [Fact]
    public async Task CreateAsync_StorageDown_ThrowsStorageUnavailable()
    {
        await using TestStorage storage = await StartDownAsync();

        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => storage.Incidents.CreateAsync(id => IncidentBuilder.AnIncident().WithId(id).Build(), _ => [], Token));
    }

    [Fact]
    public async Task DialogGetAsync_StorageDown_ThrowsStorageUnavailable()
    {
        await using TestStorage storage = await StartDownAsync();
        DialogKey key = new(new Engine.Conversation.ConversationAddress("local", "general"), BuilderDefaults.Requester);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Dialogs.GetAsync(key, Token));
    }

    [Fact]
    public async Task StorageDown_RetriesAndOutage_AreLoggedWithoutTheAccountKey()
    {
        await using TestStorage storage = await StartDownAsync();

        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => storage.Incidents.GetAsync(new TicketId(TicketType.Incident, 1001), Token));

        Assert.Contains(storage.Logs.GetSnapshot(), record => record.Message.Contains("attempt 2", StringComparison.Ordinal));
        Assert.Contains(storage.Logs.GetSnapshot(), record => record.Message.StartsWith("Storage is unavailable", StringComparison.Ordinal));
        Assert.All(storage.Logs.GetSnapshot(), record =>
        {
            Assert.DoesNotContain(ClosedPort.AccountKey, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("AccountKey", record.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Null(record.Exception);
        });
    }

    [Fact]
    public async Task InitializeAsync_StorageDown_SaysHowToStartAzurite()
    {
        await using TestStorage storage = await StartDownAsync();

        StorageUnavailableException exception = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => storage.Initializer.InitializeAsync(Token));

        Assert.Equal(StorageInitializer.UnreachableMessage, exception.Message);
        Assert.Contains("npm start", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:ConnectionString", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClosedPort.AccountKey, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_StorageDown_IsUnhealthy()
    {
        await using TestStorage storage = await StartDownAsync();

        StorageProbeResult result = await storage.Probe.CheckAsync(Token);

        Assert.False(result.IsHealthy);
        Assert.DoesNotContain(ClosedPort.AccountKey, result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_StorageKeepsFailing_OpensTheCircuitAndFailsFast()
    {
        await using TestStorage storage = await StartDownAsync(maxRetries: 0);
        for (int i = 0; i < 10; i++)
        {
            await Assert.ThrowsAsync<StorageUnavailableException>(
                () => storage.Incidents.GetAsync(new TicketId(TicketType.Incident, 1001), Token));
        }

        StorageUnavailableException exception = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => storage.Incidents.GetAsync(new TicketId(TicketType.Incident, 1001), Token));

        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(exception.InnerException, exactMatch: false);
        Assert.Contains(storage.Logs.GetSnapshot(), record => record.Message.StartsWith("Storage circuit opened", StringComparison.Ordinal));
    }

    private Task<TestStorage> StartDownAsync(int maxRetries = 2) => TestStorage.StartAsync(_azurite, new TestStorageSettings
    {
        ConnectionString = ClosedPort.ConnectionString(),
        MaxRetries = maxRetries,
        OperationTimeout = TimeSpan.FromSeconds(2),
        Initialize = false,
    });
}
