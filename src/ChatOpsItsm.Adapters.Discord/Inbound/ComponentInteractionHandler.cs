using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Conversation;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// MESSAGE_COMPONENT (3): a button or select on one of the bot's messages. Its custom id carries the action and data
/// (<see cref="CustomIds"/>); a select's chosen values join the data under <c>value</c>. The Continue button of a
/// stepped form is answered here, without the engine.
/// </summary>
internal sealed class ComponentInteractionHandler(InteractionResponder responder, FormSteps formSteps, ILogger<ComponentInteractionHandler> logger)
{
    public const string StaleButtonText = "That button is from an older version of the bot; run the command again.";

    /// <summary>The data key of a select's chosen values, comma-joined.</summary>
    public const string SelectedKey = "value";

    public async Task<JsonInteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        JsonInteractionData? data = context.Interaction.Data;
        if (!CustomIds.TryDecode(data?.CustomId, out string actionId, out IReadOnlyDictionary<string, string> fixedData)
            || actionId == FormSteps.StepAction)
        {
            logger.StaleCustomId(context.Id);
            return InteractionResponses.Ephemeral(StaleButtonText);
        }

        if (actionId == FormSteps.NextAction)
        {
            return await formSteps.NextAsync(context, fixedData, cancellationToken);
        }

        return await responder.RespondAsync(ToAction(context, actionId, fixedData, data?.Values), context, cancellationToken);
    }

    public static InboundCardAction ToAction(
        InteractionContext context, string actionId, IReadOnlyDictionary<string, string> fixedData, IReadOnlyList<string>? selected)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(fixedData);
        Dictionary<string, string> values = new(fixedData, StringComparer.Ordinal);
        if (selected is not null)
        {
            values[SelectedKey] = string.Join(',', selected);
        }

        return new InboundCardAction(context.Id, context.User, context.Conversation, actionId, values)
        {
            ChannelData = context.ChannelData,
            IsDirect = context.IsDirect,
        };
    }
}
