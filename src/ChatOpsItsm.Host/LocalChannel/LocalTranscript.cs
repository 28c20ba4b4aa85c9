using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Host.LocalChannel;

/// <summary>
/// Keeps the web chat's history: the person's message and the bot's replies are stored under ids derived from
/// the event id, so posting the same event again adds nothing. Best effort: when storage is down the person
/// still gets the engine's answer (its apology, then), only the history misses it.
/// </summary>
internal sealed class LocalTranscript(ILocalConversationStore store, TimeProvider timeProvider, ILogger<LocalTranscript> logger)
{
    public static string UserMessageId(string eventId) => $"in:{eventId}";

    public static string ReplyMessageId(string eventId, int index) => $"out:{eventId}:{index}";

    /// <summary>Stores a typed message (clicks and forms are not messages: their replies say what happened).</summary>
    public async Task RecordAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await store.PostAsync(
                message.Conversation.ConversationId,
                UserMessageId(message.EventId),
                message.User.Identity.ToString(),
                message.User.DisplayName,
                Reply.Say(message.Text),
                null,
                timeProvider.GetUtcNow(),
                cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            logger.LocalHistoryNotWritten(message.Conversation.ConversationId, message.EventId);
        }
    }

    /// <summary>Stores the replies in order and returns their message ids and revisions.</summary>
    public async Task<IReadOnlyList<StoredReply>> RecordRepliesAsync(
        InboundEvent inbound, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(replies);
        StoredReply[] stored = [.. replies.Select((_, index) => new StoredReply(ReplyMessageId(inbound.EventId, index), null))];
        try
        {
            for (int index = 0; index < replies.Count; index++)
            {
                LocalMessage message = await store.PostAsync(
                    inbound.Conversation.ConversationId,
                    stored[index].Id,
                    LocalOutboundChannel.BotAuthor,
                    LocalOutboundChannel.BotName,
                    replies[index],
                    null,
                    timeProvider.GetUtcNow(),
                    cancellationToken);
                stored[index] = stored[index] with { Revision = message.Revision };
            }
        }
        catch (StorageUnavailableException)
        {
            logger.LocalHistoryNotWritten(inbound.Conversation.ConversationId, inbound.EventId);
        }

        return stored;
    }
}
