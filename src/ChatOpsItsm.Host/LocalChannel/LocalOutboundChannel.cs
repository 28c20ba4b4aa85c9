using System.Security.Cryptography;
using System.Text;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Host.LocalChannel;

/// <summary>
/// The local channel's side of proactive delivery: every message lands in a stored conversation, which the web
/// chat reads on load and follows live. Idempotent because the store is: the delivery key is the message id.
/// </summary>
internal sealed class LocalOutboundChannel(ILocalConversationStore store, TimeProvider timeProvider) : IOutboundChannel
{
    public const string BotAuthor = "bot";
    public const string BotName = "ITSM bot";
    public const string DirectPrefix = "dm:";
    public const string ThreadPrefix = "thread:";

    // Keeps a thread's id within the conversation id limit of the web chat and the local endpoint.
    private const int MaxParentLength = 80;
    private const int ShortIdLength = 8;

    public string Platform => LocalEventMapper.Platform;

    /// <summary>The conversation that holds the direct messages of <c>local:alice</c>: <c>dm:alice</c>.</summary>
    public static string DirectConversation(UserIdentity person) => DirectPrefix + person.Id;

    public async Task PostAsync(
        ConversationAddress conversation, Reply message, string deliveryKey, string? messageKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        EnsureLocal(conversation.Platform, nameof(conversation));
        await PostAsBotAsync(conversation.ConversationId, deliveryKey, message, messageKey, cancellationToken);
    }

    public async Task SendDirectAsync(UserIdentity person, Reply message, string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        EnsureLocal(person.Platform, nameof(person));
        await PostAsBotAsync(DirectConversation(person), deliveryKey, message, null, cancellationToken);
    }

    public async Task UpdateAsync(string messageKey, Reply message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageKey);
        ArgumentNullException.ThrowIfNull(message);
        await store.UpdateByKeyAsync(messageKey, message, timeProvider.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// The thread is the conversation <c>thread:&lt;parent&gt;:&lt;short id&gt;</c>, the short id derived from the
    /// delivery key, so opening it again finds the same conversation; the parent gets a message pointing at it.
    /// </summary>
    public async Task<ConversationAddress> OpenThreadAsync(
        ConversationAddress parent, string title, Reply firstMessage, string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(firstMessage);
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        EnsureLocal(parent.Platform, nameof(parent));
        string threadId = ThreadConversation(parent.ConversationId, deliveryKey);
        await PostAsBotAsync(threadId, deliveryKey, firstMessage, null, cancellationToken);
        Reply pointer = Reply.Say($"Opened the thread **{title}**: switch to the conversation `{threadId}` to follow it.");
        await PostAsBotAsync(parent.ConversationId, deliveryKey + ":thread", pointer, null, cancellationToken);
        return new ConversationAddress(Platform, threadId);
    }

    public static string ThreadConversation(string parentId, string deliveryKey)
    {
        ArgumentNullException.ThrowIfNull(parentId);
        ArgumentNullException.ThrowIfNull(deliveryKey);
        string parent = parentId.Length <= MaxParentLength ? parentId : parentId[..MaxParentLength];
        string shortId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey)))[..ShortIdLength];
        return $"{ThreadPrefix}{parent}:{shortId}";
    }

    private async Task PostAsBotAsync(string conversationId, string messageId, Reply message, string? messageKey, CancellationToken cancellationToken) =>
        await store.PostAsync(conversationId, messageId, BotAuthor, BotName, message, messageKey, timeProvider.GetUtcNow(), cancellationToken);

    private void EnsureLocal(string platform, string parameterName)
    {
        if (!string.Equals(platform, Platform, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The local channel delivers to '{Platform}' addresses only, not '{platform}'.", parameterName);
        }
    }
}
