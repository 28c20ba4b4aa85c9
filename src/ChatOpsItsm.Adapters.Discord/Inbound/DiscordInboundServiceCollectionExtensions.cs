using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

internal static class DiscordInboundServiceCollectionExtensions
{
    /// <summary>Signature verification, interaction mapping, the deadline runner and the processor the Host calls.</summary>
    public static IServiceCollection AddDiscordInbound(this IServiceCollection services)
    {
        return services;
    }
}
