using ChatOpsItsm.Adapters.Teams.Connector;
using ChatOpsItsm.Adapters.Teams.OutboundAuth;
using ChatOpsItsm.Engine.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace ChatOpsItsm.Adapters.Teams.Outbound;

internal static class TeamsOutboundServiceCollectionExtensions
{
    private const string TokenPipelineName = "ChatOpsItsm.Teams.Token";
    private static readonly TimeSpan TokenAttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Registers the outbound half of the Teams adapter: the token provider, the <see cref="ConnectorClient"/> typed
    /// client with its resilience handler (one pipeline, so one circuit breaker, per service URL host), the reply
    /// sender for the inbound processor and the Teams <see cref="IOutboundChannel"/>. The host binds
    /// <c>TeamsOptions</c> and <see cref="ConnectorOptions"/> (both from the <c>Teams</c> section) and registers
    /// <see cref="IPostedMessages"/> and the conversation references (storage).
    /// </summary>
    public static IServiceCollection AddTeamsOutbound(this IServiceCollection services) =>
        services.AddTeamsOutbound(new ConnectorResilienceOptions());

    /// <summary>As <see cref="AddTeamsOutbound(IServiceCollection)"/>, with other retry and breaker settings (tests).</summary>
    public static IServiceCollection AddTeamsOutbound(this IServiceCollection services, ConnectorResilienceOptions resilience)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(resilience);
        services.AddOptions<ConnectorOptions>();
        services.TryAddSingleton(TimeProvider.System);
        // The factory's request logging would put the Authorization header into the log state: our own log lines only.
        services.AddHttpClient(BotTokenProvider.HttpClientName)
            .RemoveAllLoggers()
            .AddResilienceHandler(TokenPipelineName, (builder, context) =>
            {
                builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                builder.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 2, UseJitter = true }).AddTimeout(TokenAttemptTimeout);
            });
        services.TryAddSingleton<BotTokenProvider>();
        services.TryAddSingleton<ServiceUrlPolicy>();

        // The channel is a singleton holding its client, so the handler lives for good and the connection pool
        // recycles connections instead (DNS changes are still seen); the breakers keep their state.
        services.AddHttpClient<ConnectorClient>()
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = PooledConnectionLifetime })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(ConnectorResilience.PipelineName, (builder, context) =>
            {
                TimeProvider timeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                builder.TimeProvider = timeProvider;
                ILogger logger = context.ServiceProvider.GetRequiredService<ILogger<ConnectorClient>>();
                ConnectorResilience.Configure(builder, resilience, timeProvider, logger);
            })
            .SelectPipelineByAuthority();
        services.TryAddSingleton<TeamsAddressBook>();
        services.TryAddSingleton<TeamsSender>();
        services.TryAddSingleton<TeamsReplySender>();
        services.AddSingleton<IOutboundChannel, TeamsOutboundChannel>();
        return services;
    }
}
