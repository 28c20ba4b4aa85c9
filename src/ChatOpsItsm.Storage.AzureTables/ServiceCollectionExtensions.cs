using System.Diagnostics.Metrics;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Dialogs;
using ChatOpsItsm.Storage.AzureTables.Health;
using ChatOpsItsm.Storage.AzureTables.Incidents;
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
    /// Registers the Azure Table Storage implementations of the engine's stores, the table initializer and the
    /// storage probe, all singletons over one <see cref="TableServiceClient"/>.
    /// </summary>
    /// <remarks>
    /// Reads no configuration: the host binds <see cref="TableStorageOptions"/> (section <c>Storage</c>) with
    /// <c>services.AddOptions&lt;TableStorageOptions&gt;().BindConfiguration(...)</c>; this method adds its validator.
    /// Needs logging registered; uses the registered <see cref="TimeProvider"/> and <see cref="IMeterFactory"/>
    /// when there are.
    /// </remarks>
    public static IServiceCollection AddAzureTableStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TableStorageOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TableStorageOptions>, TableStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new StorageMetrics(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton(provider => TableServiceClientFactory.Create(
            provider.GetRequiredService<IOptions<TableStorageOptions>>().Value, provider.GetRequiredService<StorageMetrics>()));
        services.TryAddSingleton<StorageTables>();
        services.TryAddSingleton<StorageResiliencePipeline>();
        services.TryAddSingleton<IIncidentStore, TableIncidentStore>();
        services.TryAddSingleton<IDialogStore, TableDialogStore>();
        services.TryAddSingleton(provider => new StorageInitializer(
            provider.GetRequiredService<StorageTables>(),
            provider.GetRequiredService<StorageResiliencePipeline>(),
            provider.GetRequiredService<ILogger<StorageInitializer>>()));
        services.TryAddSingleton(provider => new StorageProbe(
            provider.GetRequiredService<StorageTables>(),
            provider.GetRequiredService<StorageResiliencePipeline>(),
            provider.GetRequiredService<ILogger<StorageProbe>>()));
        return services;
    }
}
