using System.Text.Json;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Conversation;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// A <c>message</c> activity: typed text (the bot's mention stripped), or an Action.Submit click (empty text, the card's
/// data in <c>value</c>: brief §5.2). The engine's replies are posted back as replies to the activity.
/// </summary>
internal sealed class MessageActivityHandler(ConversationEngine engine, TeamsReplyDispatcher replies, ILogger<MessageActivityHandler> logger)
{
    public async Task<TeamsHttpResult> HandleAsync(JsonActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        InboundEvent? inbound;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && CardSubmission.From(value, verb: null) is { } submission)
        {
            inbound = ActivityMapper.ToCardEvent(activity, submission);
        }
        else if (activity.Value is { ValueKind: JsonValueKind.Object } && string.IsNullOrWhiteSpace(activity.Text))
        {
            // Submit data without an action id: not from one of our cards.
            logger.ActivityIgnored(activity.Type!, activity.Id);
            return TeamsHttpResult.Ok;
        }
        else
        {
            inbound = ActivityMapper.ToMessage(activity);
        }

        if (inbound is null)
        {
            return TeamsHttpResult.BadRequest;
        }

        EngineResponse response = await engine.HandleAsync(inbound, cancellationToken);
        if (!response.Duplicate && response.Replies.Count > 0)
        {
            await replies.SendAsync(activity, inbound.Conversation, response.Replies, cancellationToken);
        }

        logger.ActivityHandled(activity.Type!, inbound.EventId, response.Replies.Count);
        return TeamsHttpResult.Ok;
    }
}
