using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Adapters.Discord.Outbound;

internal static class DiscordOutboundServiceCollectionExtensions
{
    /// <summary>The REST client (rate limits, retries), the <c>discord</c> outbound channel and the command registrar.</summary>
    public static IServiceCollection AddDiscordOutbound(this IServiceCollection services)
    {
        return services;
    }
}
