using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// What every channel (local web chat, Teams, Discord) offers for speaking first. Every call carries a
/// <c>deliveryKey</c>; calling again with the same key has no second visible effect. Throw on failure: the
/// delivery worker retries with backoff and moves a message that keeps failing aside.
/// </summary>
public interface IOutboundChannel
{
    /// <summary>The platform this channel serves: <c>local</c>, <c>teams</c>, <c>discord</c>.</summary>
    string Platform { get; }

    /// <summary>
    /// Posts to a conversation. With a <paramref name="messageKey"/>, a message already posted under that key in
    /// that conversation is updated in place instead.
    /// </summary>
    Task PostAsync(ConversationAddress conversation, Reply message, string deliveryKey, string? messageKey, CancellationToken cancellationToken);

    /// <summary>Sends a direct message to a person, opening the direct conversation if there is none yet.</summary>
    Task SendDirectAsync(UserIdentity person, Reply message, string deliveryKey, CancellationToken cancellationToken);

    /// <summary>Updates every copy of the message posted under <paramref name="messageKey"/> on this platform.</summary>
    Task UpdateAsync(string messageKey, Reply message, CancellationToken cancellationToken);

    /// <summary>Opens a thread (a war room) under <paramref name="parent"/>, posts its first message and returns its address.</summary>
    Task<ConversationAddress> OpenThreadAsync(
        ConversationAddress parent, string title, Reply firstMessage, string deliveryKey, CancellationToken cancellationToken);

    /// <summary>
    /// How a reader on this platform opens <paramref name="conversation"/> (a war room): a link or the platform's mention
    /// markup, or null when the platform has none and the conversation id is all there is.
    /// </summary>
    string? LinkTo(ConversationAddress conversation) => null;
}
