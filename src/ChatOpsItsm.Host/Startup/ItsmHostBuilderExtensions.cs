using ChatOpsItsm.Engine;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Host.Configuration;
using ChatOpsItsm.Host.Health;
using ChatOpsItsm.Host.LocalChannel;
using ChatOpsItsm.Host.Security;
using ChatOpsItsm.Host.TicketsApi;
using ChatOpsItsm.Storage.AzureTables;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Startup;

/// <summary>The composition root's services: options (checked at start-up), engine, storage, endpoints' helpers.</summary>
internal static class ItsmHostBuilderExtensions
{
    public static WebApplicationBuilder AddItsmHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;

        services.AddOptions<ItsmOptions>().BindConfiguration(ItsmOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ItsmOptions>, ItsmOptionsAnnotationsValidator>();
        services.AddOptions<TableStorageOptions>().BindConfiguration(TableStorageOptions.SectionName).ValidateOnStart();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        services.AddOptions<ChannelsOptions>().BindConfiguration(ChannelsOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) => options.Local.Enabled ??= environment.IsDevelopment())
            .ValidateOnStart();

        services.AddConversationEngine();
        services.AddAzureTableStorage();

        services.AddProblemDetails();
        services.AddExceptionHandler<StorageOutageExceptionHandler>();

        services.AddSingleton<StartupConfigurationCheck>();
        services.AddSingleton<StartupStorageCheck>();
        services.AddSingleton<LocalMessageHandler>();
        services.AddSingleton<ApiAccessPolicy>();
        services.AddSingleton<TicketsApiHandler>();
        services.AddSingleton<HealthCheck>();
        return builder;
    }
}
