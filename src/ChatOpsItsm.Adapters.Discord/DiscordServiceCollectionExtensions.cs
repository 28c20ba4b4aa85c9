using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOpsItsm.Adapters.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Discord adapter: the inbound interaction processor (the Host maps <c>POST /api/discord/interactions</c>
    /// to it) with its Ed25519 verification, and the outbound side (the rate-limited REST client and the <c>discord</c>
    /// <c>IOutboundChannel</c>, which also answers deferred interactions). The Host binds and validates
    /// <c>DiscordOptions</c> (section <c>Discord</c>) and registers the engine and storage, whose ports the adapter uses.
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDiscordInbound();
        services.AddDiscordOutbound();
        return services;
    }
}
