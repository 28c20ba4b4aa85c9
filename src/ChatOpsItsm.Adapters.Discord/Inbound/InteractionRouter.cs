using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>One handler per interaction type (brief §2); null for a type this endpoint does not take.</summary>
internal sealed class InteractionRouter(
    CommandInteractionHandler commands, ComponentInteractionHandler components, ModalSubmitHandler modals, AutocompleteHandler autocomplete)
{
    public async Task<JsonInteractionResponse?> RouteAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Interaction.Type switch
        {
            InteractionTypes.ApplicationCommand => await commands.HandleAsync(context, cancellationToken),
            InteractionTypes.MessageComponent => await components.HandleAsync(context, cancellationToken),
            InteractionTypes.ModalSubmit => await modals.HandleAsync(context, cancellationToken),
            InteractionTypes.Autocomplete => await autocomplete.HandleAsync(context, cancellationToken),
            _ => null,
        };
    }
}
