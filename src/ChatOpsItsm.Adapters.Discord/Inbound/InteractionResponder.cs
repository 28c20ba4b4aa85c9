using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Conversation;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// Runs an inbound event through the engine under the 3-second rule: answered inline when the engine is quick,
/// otherwise acknowledged at once (5 for commands and forms, 6 for clicks) and answered through the queue.
/// </summary>
internal sealed class InteractionResponder(
    EngineDeadline deadline, ReplyComposer composer, PendingInteractions pending, ILogger<InteractionResponder> logger)
{
    public async Task<JsonInteractionResponse> RespondAsync(InboundEvent inbound, InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(context);
        EngineResponse? response = await deadline.RunAsync(
            inbound, (late, token) => composer.QueueLateAsync(context, late, token), cancellationToken);
        if (response is not null)
        {
            return await composer.ComposeAsync(context, response, cancellationToken);
        }

        // In the background: storage being slow is the usual reason for a defer, and the acknowledgement must not wait on it.
        pending.Track(context.Id, composer.QueueInterruptedNoticeAsync(context, pending.Stopping));
        JsonInteractionResponse acknowledgement = context.IsComponent ? InteractionResponses.DeferredUpdate : InteractionResponses.DeferredMessage;
        logger.InteractionDeferred(context.Id, acknowledgement.Type, deadline.DeferAfter);
        return acknowledgement;
    }
}
