using ChatOpsItsm.Storage.AzureTables.Health;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Health;

public sealed class StorageProbeTests
{
    private readonly AzuriteFixture _azurite;

    public StorageProbeTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task CheckAsync_TablesExist_IsHealthy()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        StorageProbeResult result = await storage.Probe.CheckAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsHealthy, result.Description);
    }

    [Fact]
    public async Task CheckAsync_TablesNotCreated_IsUnhealthyAndSaysSo()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Initialize = false });

        StorageProbeResult result = await storage.Probe.CheckAsync(TestContext.Current.CancellationToken);

        Assert.False(result.IsHealthy);
        Assert.Contains("does not exist", result.Description, StringComparison.Ordinal);
    }
}
