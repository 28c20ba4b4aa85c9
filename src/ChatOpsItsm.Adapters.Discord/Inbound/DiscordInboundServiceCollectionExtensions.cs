using ChatOpsItsm.Adapters.Discord.Authentication;
using ChatOpsItsm.Adapters.Discord.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

internal static class DiscordInboundServiceCollectionExtensions
{
    /// <summary>Signature verification, interaction mapping, the deadline runner and the processor the Host calls.</summary>
    public static IServiceCollection AddDiscordInbound(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton<InteractionSignatureVerifier>();
        services.TryAddSingleton<PendingInteractions>();
        services.TryAddSingleton<EngineDeadline>();
        services.TryAddSingleton<FormSteps>();
        services.TryAddSingleton<ReplyComposer>();
        services.TryAddSingleton<InteractionResponder>();
        services.TryAddSingleton<CommandInteractionHandler>();
        services.TryAddSingleton<ComponentInteractionHandler>();
        services.TryAddSingleton<ModalSubmitHandler>();
        services.TryAddSingleton<AutocompleteHandler>();
        services.TryAddSingleton<InteractionRouter>();
        services.TryAddSingleton<DiscordInteractionProcessor>();
        return services;
    }
}
