using ChatOpsItsm.Adapters.Teams.Authentication;
using ChatOpsItsm.Adapters.Teams.Inbound;
using ChatOpsItsm.Adapters.Teams.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Teams adapter: the inbound <see cref="TeamsActivityProcessor"/> (the Host maps
    /// <c>POST /api/messages</c> to <see cref="TeamsActivityProcessor.ProcessAsync"/>), the Bot Framework token validation
    /// with its signing-key cache, and the outbound side (connector client, token provider, the <c>teams</c>
    /// <c>IOutboundChannel</c>). The Host binds and validates <c>TeamsOptions</c> (section <c>Teams</c>) and registers the
    /// engine (<c>AddConversationEngine</c>) and storage, whose <c>IConversationReferences</c>, <c>IWorkScheduler</c> and
    /// <c>IPostedMessages</c> the adapter uses.
    /// </summary>
    /// <remarks>
    /// One method for the whole adapter; each part adds its registrations in its own block below. Replies to an
    /// inbound activity go out at once through <see cref="ITeamsReplies"/> (the outbound <see cref="TeamsReplySender"/>),
    /// and through the delivery queue (<c>IWorkScheduler</c>, then the <c>teams</c> outbound channel) when that fails;
    /// the welcome on installation always goes through the queue.
    /// </remarks>
    public static IServiceCollection AddTeamsAdapter(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);

        // Inbound: authentication, activity handlers, the processor the Host calls.
        services.AddHttpClient(BotFrameworkSigningKeys.HttpClientName).AddStandardResilienceHandler();
        services.TryAddSingleton<BotFrameworkSigningKeys>();
        services.TryAddSingleton<BotFrameworkTokenValidator>();
        services.TryAddSingleton<ITeamsReplies, ConnectorReplies>();
        services.TryAddSingleton<TeamsReplyDispatcher>();
        services.TryAddSingleton<MessageActivityHandler>();
        services.TryAddSingleton<InvokeActivityHandler>();
        services.TryAddSingleton<InstallationActivityHandler>();
        services.TryAddSingleton(provider => new TeamsActivityProcessor(
            provider.GetRequiredService<BotFrameworkTokenValidator>(),
            provider.GetRequiredService<MessageActivityHandler>(),
            provider.GetRequiredService<InvokeActivityHandler>(),
            provider.GetRequiredService<InstallationActivityHandler>(),
            provider.GetRequiredService<ILogger<TeamsActivityProcessor>>()));

        // Outbound: connector client, bot token, reply sender, the teams IOutboundChannel (Outbound/, OutboundAuth/, Connector/).
        services.AddTeamsOutbound();

        // Cards: stateless renderers, nothing to register (Cards/).
        return services;
    }
}
