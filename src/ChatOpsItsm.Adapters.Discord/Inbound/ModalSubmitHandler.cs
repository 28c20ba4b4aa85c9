using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Conversation;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// MODAL_SUBMIT (5): the modal's custom id names the form's action and fixed data; the inputs' values come back in
/// the component tree. The fixed data wins over an input of the same name (it was the button's, not the person's).
/// A step of a stepped form is kept by <see cref="FormSteps"/> until the last one.
/// </summary>
internal sealed class ModalSubmitHandler(InteractionResponder responder, FormSteps formSteps, ILogger<ModalSubmitHandler> logger)
{
    public const string StaleFormText = "That form is from an older version of the bot; run the command again.";

    public async Task<JsonInteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        JsonInteractionData? data = context.Interaction.Data;
        if (!CustomIds.TryDecode(data?.CustomId, out string actionId, out IReadOnlyDictionary<string, string> fixedData)
            || actionId == FormSteps.NextAction)
        {
            logger.StaleCustomId(context.Id);
            return InteractionResponses.Ephemeral(StaleFormText);
        }

        Dictionary<string, string> values = ModalValues.Read(data?.Components);
        if (actionId != FormSteps.StepAction)
        {
            return await responder.RespondAsync(ToSubmission(context, actionId, fixedData, values), context, cancellationToken);
        }

        FormStepOutcome outcome = await formSteps.SubmitAsync(context, fixedData, values, cancellationToken);
        return outcome.Submission is { } submission
            ? await responder.RespondAsync(submission, context, cancellationToken)
            : outcome.Answer ?? InteractionResponses.Ephemeral(FormSteps.ExpiredText);
    }

    public static InboundFormSubmission ToSubmission(
        InteractionContext context, string actionId, IReadOnlyDictionary<string, string> fixedData, IReadOnlyDictionary<string, string> entered)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(fixedData);
        Dictionary<string, string> values = new(entered, StringComparer.Ordinal);
        foreach ((string name, string value) in fixedData)
        {
            values[name] = value;
        }

        return new InboundFormSubmission(context.Id, context.User, context.Conversation, actionId, values)
        {
            ChannelData = context.ChannelData,
            IsDirect = context.IsDirect,
        };
    }
}
