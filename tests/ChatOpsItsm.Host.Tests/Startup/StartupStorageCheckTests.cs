using System.Diagnostics;
using ChatOpsItsm.Host.Startup;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.Storage.AzureTables;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Health;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ChatOpsItsm.Host.Tests.Startup;

public sealed class StartupStorageCheckTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StorageIsReady_ClosedPort_FailsFastWithOneClearCriticalMessageWithoutTheKey()
    {
        int port = ClosedPort.Find();
        await using ServiceProvider services = Services(ClosedPort.ConnectionString(port), "Itsm");
        StartupStorageCheck check = services.GetRequiredService<StartupStorageCheck>();
        Stopwatch elapsed = Stopwatch.StartNew();

        bool ready = await check.StorageIsReadyAsync(TestContext.Current.CancellationToken);

        Assert.False(ready);
        Assert.True(elapsed.Elapsed < StartupStorageCheck.Timeout + TimeSpan.FromSeconds(3), $"took {elapsed.Elapsed}");
        IReadOnlyList<FakeLogRecord> logs = services.GetFakeLogCollector().GetSnapshot();
        FakeLogRecord critical = Assert.Single(logs, record => record.Level == LogLevel.Critical);
        Assert.Contains($"http://127.0.0.1:{port}/devstoreaccount1", critical.Message, StringComparison.Ordinal);
        Assert.Contains("npm start", critical.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:ConnectionString", critical.Message, StringComparison.Ordinal);
        Assert.Null(critical.Exception);
        Assert.DoesNotContain(logs, record => record.Message.Contains(ClosedPort.AccountKey[..20], StringComparison.Ordinal));
    }

    [Fact]
    public async Task StorageIsReady_Azurite_CreatesTheTables()
    {
        await using ServiceProvider services = Services(azurite.ConnectionString, azurite.UniqueName("h"));

        bool ready = await services.GetRequiredService<StartupStorageCheck>().StorageIsReadyAsync(TestContext.Current.CancellationToken);
        StorageProbeResult probe = await services.GetRequiredService<StorageProbe>().CheckAsync(TestContext.Current.CancellationToken);

        Assert.True(ready);
        Assert.True(probe.IsHealthy, probe.Description);
        Assert.DoesNotContain(services.GetFakeLogCollector().GetSnapshot(), record => record.Level >= LogLevel.Warning);
    }

    private static ServiceProvider Services(string connectionString, string tablePrefix)
    {
        ServiceCollection services = new();
        services.AddLogging(logging => logging.AddFakeLogging());
        services.AddOptions<TableStorageOptions>().Configure(options =>
        {
            options.ConnectionString = connectionString;
            options.TablePrefix = tablePrefix;
        });
        services.AddOptions<DeliveryOptions>().Configure(options => options.QueueName = tablePrefix.ToLowerInvariant());
        services.AddAzureTableStorage();
        services.AddAzureTableConversations();
        services.AddSingleton<StorageSetup>();
        services.AddSingleton<StartupStorageCheck>();
        return services.BuildServiceProvider();
    }
}
