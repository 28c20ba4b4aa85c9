using ChatOpsItsm.Adapters.Discord.Commands;
using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.Engine.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace ChatOpsItsm.Adapters.Discord.Outbound;

internal static class DiscordOutboundServiceCollectionExtensions
{
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The REST client (rate limits, retries), the <c>discord</c> outbound channel and the command registrar. The Host
    /// binds and validates <see cref="DiscordOptions"/> and registers <see cref="IPostedMessages"/> and
    /// <see cref="IDeliveryLedger"/> (storage).
    /// </summary>
    public static IServiceCollection AddDiscordOutbound(this IServiceCollection services) =>
        services.AddDiscordOutbound(new DiscordRestResilienceOptions());

    /// <summary>As <see cref="AddDiscordOutbound(IServiceCollection)"/>, with other retry and limit settings (tests).</summary>
    public static IServiceCollection AddDiscordOutbound(this IServiceCollection services, DiscordRestResilienceOptions resilience)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(resilience);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(resilience);

        // No standard resilience handler: the sender's pipeline retries, and a second retry layer would spend the
        // invalid-request budget twice. No factory logging either: it would log webhook URLs, which hold tokens.
        services.AddHttpClient(DiscordRestClient.HttpClientName, (provider, client) =>
            {
                string baseUrl = provider.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl;
                client.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/");
            })
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = PooledConnectionLifetime });
        services.AddResiliencePipeline<string, HttpResponseMessage>(DiscordRestResilience.PipelineName, (builder, context) =>
        {
            builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            ILogger logger = context.ServiceProvider.GetRequiredService<ILogger<DiscordRequestSender>>();
            DiscordRestResilience.Configure(builder, context.ServiceProvider.GetRequiredService<DiscordRestResilienceOptions>(), logger);
        });
        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddSingleton<DiscordRequestSender>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<DiscordSender>();
        services.TryAddSingleton<InteractionReplyDelivery>();
        services.TryAddSingleton<DiscordOutboundChannel>();
        services.AddSingleton<IOutboundChannel>(provider => provider.GetRequiredService<DiscordOutboundChannel>());
        services.TryAddSingleton<CommandRegistrar>();
        return services;
    }
}
