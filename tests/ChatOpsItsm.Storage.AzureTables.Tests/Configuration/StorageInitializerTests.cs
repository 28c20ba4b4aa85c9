using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Configuration;

public sealed class StorageInitializerTests
{
    private readonly AzuriteFixture _azurite;

    public StorageInitializerTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task InitializeAsync_FreshAccount_CreatesTheTablesAndTheQueue()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Initialize = false });

        await storage.Initializer.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Equal($"{storage.TablePrefix}Tickets", storage.TicketsTable.Name);
        await storage.TicketsTable.GetAccessPoliciesAsync(TestContext.Current.CancellationToken);
        await storage.DialogsTable.GetAccessPoliciesAsync(TestContext.Current.CancellationToken);
        await storage.DeliveriesTable.GetAccessPoliciesAsync(TestContext.Current.CancellationToken);
        Assert.True(await storage.Queue.ExistsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task InitializeAsync_Twice_Succeeds()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        await storage.Initializer.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Contains(storage.Logs.GetSnapshot(), record => record.Message.Contains("are ready", StringComparison.Ordinal));
    }
}
