using Azure.Data.Tables;
using Azure.Storage.Queues;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Health;
using ChatOpsItsm.Storage.AzureTables.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Tests;

/// <summary>
/// The storage as the host wires it (<see cref="ServiceCollectionExtensions.AddAzureTableStorage"/>), on the
/// fixture's Azurite and tables and a queue of its own, with fake logging. Two instances on one prefix and queue are two
/// processes.
/// </summary>
internal sealed class TestStorage : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestStorage(ServiceProvider provider, string tablePrefix)
    {
        _provider = provider;
        TablePrefix = tablePrefix;
    }

    public string TablePrefix { get; }

    public IIncidentStore Incidents => _provider.GetRequiredService<IIncidentStore>();

    public IChangeStore Changes => _provider.GetRequiredService<IChangeStore>();

    public ChatOpsItsm.Engine.Releases.IReleaseStore Releases => _provider.GetRequiredService<ChatOpsItsm.Engine.Releases.IReleaseStore>();

    public ChatOpsItsm.Engine.Problems.IProblemStore Problems => _provider.GetRequiredService<ChatOpsItsm.Engine.Problems.IProblemStore>();

    public ChatOpsItsm.Engine.Requests.IRequestStore Requests => _provider.GetRequiredService<ChatOpsItsm.Engine.Requests.IRequestStore>();

    public IDialogStore Dialogs => _provider.GetRequiredService<IDialogStore>();

    public ChatOpsItsm.Engine.Identity.IIdentityLinks Links => _provider.GetRequiredService<ChatOpsItsm.Engine.Identity.IIdentityLinks>();

    public ChatOpsItsm.Engine.MajorIncidents.IWarRooms WarRooms => _provider.GetRequiredService<ChatOpsItsm.Engine.MajorIncidents.IWarRooms>();

    public ChatOpsItsm.Engine.MajorIncidents.IBurstOffers BurstOffers => _provider.GetRequiredService<ChatOpsItsm.Engine.MajorIncidents.IBurstOffers>();

    public TableClient PeopleTable => _provider.GetRequiredService<StorageTables>().People;

    public QueueDeliveryPump Pump => _provider.GetRequiredService<QueueDeliveryPump>();

    public OutboxSweeper Sweeper => _provider.GetRequiredService<OutboxSweeper>();

    public IWorkScheduler Scheduler => _provider.GetRequiredService<IWorkScheduler>();

    public IDeliveryLedger Ledger => _provider.GetRequiredService<IDeliveryLedger>();

    public IFailedDeliveries FailedDeliveries => _provider.GetRequiredService<IFailedDeliveries>();

    public DeliveryOptions DeliveryOptions => _provider.GetRequiredService<IOptions<DeliveryOptions>>().Value;

    /// <summary>The raw work queue, to look at messages behind the pump's back.</summary>
    public QueueClient Queue => _provider.GetRequiredService<QueueServiceClient>().GetQueueClient(DeliveryOptions.QueueName);

    public StorageInitializer Initializer => _provider.GetRequiredService<StorageInitializer>();

    public StorageProbe Probe => _provider.GetRequiredService<StorageProbe>();

    public StorageMetrics Metrics => _provider.GetRequiredService<StorageMetrics>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    /// <summary>The raw tickets table, to check rows behind the store's back.</summary>
    public TableClient TicketsTable => _provider.GetRequiredService<StorageTables>().Tickets;

    public TableClient DialogsTable => _provider.GetRequiredService<StorageTables>().Dialogs;

    public TableClient DeliveriesTable => _provider.GetRequiredService<StorageTables>().Deliveries;

    public static async Task<TestStorage> StartAsync(AzuriteFixture azurite, TestStorageSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        settings ??= new TestStorageSettings();
        string prefix = settings.TablePrefix ?? azurite.UniqueName("t");
        ServiceCollection services = new();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton(settings.TimeProvider ?? TimeProvider.System);
        services.AddOptions<TableStorageOptions>().Configure(options =>
        {
            options.ConnectionString = settings.ConnectionString ?? azurite.ConnectionString;
            options.TablePrefix = prefix;
            options.MaxRetries = settings.MaxRetries;
            options.OperationTimeout = settings.OperationTimeout;
        });
        services.AddSingleton(provider => TableServiceClientFactory.Create(
            provider.GetRequiredService<IOptions<TableStorageOptions>>().Value,
            provider.GetRequiredService<StorageMetrics>(),
            settings.Policies));
        string queueName = settings.QueueName ?? azurite.UniqueName("q");
        services.AddOptions<DeliveryOptions>().Configure(options =>
        {
            options.QueueName = queueName;
            settings.Delivery?.Invoke(options);
        });
        services.AddSingleton(provider => QueueServiceClientFactory.Create(
            provider.GetRequiredService<IOptions<TableStorageOptions>>().Value,
            provider.GetRequiredService<StorageMetrics>(),
            settings.QueuePolicies));
        if (settings.Handler is not null)
        {
            services.AddSingleton(settings.Handler);
        }

        services.AddAzureTableStorage();
        TestStorage storage = new(services.BuildServiceProvider(validateScopes: true), prefix);
        if (settings.Initialize)
        {
            await storage.Initializer.InitializeAsync(TestContext.Current.CancellationToken);
        }

        return storage;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
