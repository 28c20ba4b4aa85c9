using ChatOpsItsm.Adapters.Discord;
using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Teams;
using ChatOpsItsm.Adapters.Teams.Configuration;
using ChatOpsItsm.Adapters.Teams.Connector;
using ChatOpsItsm.Engine;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Host.Configuration;
using ChatOpsItsm.Host.DeliveriesApi;
using ChatOpsItsm.Host.Delivery;
using ChatOpsItsm.Host.DiscordChannel;
using ChatOpsItsm.Host.Health;
using ChatOpsItsm.Host.LocalChannel;
using ChatOpsItsm.Host.Security;
using ChatOpsItsm.Host.TicketsApi;
using ChatOpsItsm.Storage.AzureTables;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Startup;

/// <summary>
/// The composition root's services: options (checked at start-up), engine, storage, the local channel, the
/// delivery workers (on every instance) and the endpoints' helpers.
/// </summary>
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
        services.AddSingleton<IValidateOptions<ChannelsOptions>, ChannelsOptionsValidator>();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateOnStart();
        services.AddOptions<DeliveryWorkersOptions>().BindConfiguration(DeliveryWorkersOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryWorkersOptions>, DeliveryWorkersOptionsValidator>();
        services.AddOptions<InboundOptions>().BindConfiguration(InboundOptions.SectionName).ValidateOnStart();
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsAnnotationsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());

        // Plain-http loopback service URLs are for tests against a local fake connector: Development only.
        services.AddOptions<ConnectorOptions>().BindConfiguration(TeamsOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.AllowInsecureLoopbackServiceUrls &= environment.IsDevelopment());

        services.AddConversationEngine();
        services.AddAzureTableStorage();
        services.AddAzureTableConversations();
        services.AddSingleton<IOutboundChannel, LocalOutboundChannel>();
        if (builder.Configuration.GetValue<bool>($"{TeamsOptions.SectionName}:{nameof(TeamsOptions.Enabled)}"))
        {
            services.AddTeamsAdapter();
        }

        if (builder.Configuration.GetValue<bool>($"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Enabled)}"))
        {
            services.AddDiscordAdapter();
            services.AddHostedService<PendingInteractionsDrain>();
        }

        services.AddHostedService<DeliveryWorker>();
        services.AddHostedService<OutboxSweepWorker>();
        services.AddHostedService<InboundJanitorWorker>();

        services.AddProblemDetails();
        services.AddExceptionHandler<StorageOutageExceptionHandler>();

        services.AddSingleton<StartupConfigurationCheck>();
        services.AddSingleton<StorageSetup>();
        services.AddSingleton<StartupStorageCheck>();
        services.AddSingleton<LocalMessageHandler>();
        services.AddSingleton<LocalTranscript>();
        services.AddSingleton<LocalHistoryHandler>();
        services.AddSingleton<LocalEventStream>();
        services.AddSingleton<DeliveriesApiHandler>();
        services.AddSingleton<ApiAccessPolicy>();
        services.AddSingleton<TicketsApiHandler>();
        services.AddSingleton<HealthCheck>();
        return builder;
    }
}
