using System.Diagnostics.Metrics;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Storage.AzureTables.Changes;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using ChatOpsItsm.Storage.AzureTables.Dialogs;
using ChatOpsItsm.Storage.AzureTables.Health;
using ChatOpsItsm.Storage.AzureTables.Incidents;
using ChatOpsItsm.Storage.AzureTables.Problems;
using ChatOpsItsm.Storage.AzureTables.Releases;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Azure Table Storage implementations of the engine's stores, the outbound-work queue on Azure
    /// Queue Storage (<see cref="IWorkScheduler"/>, <see cref="IDeliveryLedger"/>, <see cref="IFailedDeliveries"/>,
    /// <see cref="QueueDeliveryPump"/>, <see cref="OutboxSweeper"/>), the initializer and the storage probe, all
    /// singletons over one <see cref="TableServiceClient"/> and one <see cref="QueueServiceClient"/>.
    /// </summary>
    /// <remarks>
    /// Reads no configuration: the host binds <see cref="TableStorageOptions"/> (section <c>Storage</c>) and
    /// <see cref="DeliveryOptions"/> (section <c>Delivery</c>) with
    /// <c>services.AddOptions&lt;T&gt;().BindConfiguration(...)</c>; this method adds their validators. Needs logging
    /// registered, and the engine's <see cref="IDeliveryHandler"/> for the pump; uses the registered
    /// <see cref="TimeProvider"/> and <see cref="IMeterFactory"/> when there are.
    /// </remarks>
    public static IServiceCollection AddAzureTableStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TableStorageOptions>();
        services.AddOptions<DeliveryOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TableStorageOptions>, TableStorageOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new StorageMetrics(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton(provider => TableServiceClientFactory.Create(
            provider.GetRequiredService<IOptions<TableStorageOptions>>().Value, provider.GetRequiredService<StorageMetrics>()));
        services.TryAddSingleton(provider => QueueServiceClientFactory.Create(
            provider.GetRequiredService<IOptions<TableStorageOptions>>().Value, provider.GetRequiredService<StorageMetrics>()));
        services.TryAddSingleton<StorageTables>();
        services.TryAddSingleton<StorageResiliencePipeline>();
        services.TryAddSingleton<IIncidentStore, TableIncidentStore>();
        services.TryAddSingleton<IChangeStore, TableChangeStore>();
        services.TryAddSingleton<Engine.Requests.IRequestStore, Requests.TableRequestStore>();
        services.TryAddSingleton<IProblemStore, TableProblemStore>();
        services.TryAddSingleton<IReleaseStore, TableReleaseStore>();
        services.TryAddSingleton<IDialogStore, TableDialogStore>();
        services.TryAddSingleton<Engine.Identity.IIdentityLinks, People.TableIdentityLinks>();
        services.TryAddSingleton<Engine.MajorIncidents.IWarRooms, MajorIncidents.TableWarRooms>();
        services.TryAddSingleton<Engine.MajorIncidents.IBurstOffers, MajorIncidents.TableBurstOffers>();
        AddDelivery(services);
        services.TryAddSingleton(provider => new StorageInitializer(
            provider.GetRequiredService<StorageTables>(),
            provider.GetRequiredService<WorkQueue>(),
            provider.GetRequiredService<StorageResiliencePipeline>(),
            provider.GetRequiredService<ILogger<StorageInitializer>>()));
        services.TryAddSingleton(provider => new StorageProbe(
            provider.GetRequiredService<StorageTables>(),
            provider.GetRequiredService<StorageResiliencePipeline>(),
            provider.GetRequiredService<ILogger<StorageProbe>>()));
        return services;
    }

    private static void AddDelivery(IServiceCollection services)
    {
        services.TryAddSingleton<WorkQueue>();
        services.TryAddSingleton<Outbox>();
        services.TryAddSingleton<TableFailedDeliveries>();
        services.TryAddSingleton<IFailedDeliveries>(provider => provider.GetRequiredService<TableFailedDeliveries>());
        services.TryAddSingleton<IDeliveryLedger, TableDeliveryLedger>();
        services.TryAddSingleton<IWorkScheduler, QueueWorkScheduler>();
        services.TryAddSingleton<RetryingDeliveryHandler>();
        services.TryAddSingleton<WorkRunner>();
        services.TryAddSingleton<FlushForwarder>();
        services.TryAddSingleton(provider => new QueueDeliveryPump(
            provider.GetRequiredService<WorkQueue>(),
            provider.GetRequiredService<FlushForwarder>(),
            provider.GetRequiredService<WorkRunner>(),
            provider.GetRequiredService<ILogger<QueueDeliveryPump>>()));
        services.TryAddSingleton(provider => new OutboxSweeper(
            provider.GetRequiredService<Outbox>(),
            provider.GetRequiredService<WorkQueue>(),
            provider.GetRequiredService<IOptions<DeliveryOptions>>(),
            provider.GetRequiredService<ILogger<OutboxSweeper>>()));
    }
}
