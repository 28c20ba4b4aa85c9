using System.Globalization;
using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Outbound;

/// <summary>
/// The Discord <see cref="IOutboundChannel"/>: posts, direct messages, in-place updates and war-room threads with the
/// bot token, and late answers to interactions (<see cref="IInteractionReplyChannel"/>). A conversation id is a
/// channel id (threads and DM channels are channels); a person is <c>discord:&lt;user id&gt;</c>. Posts carry the
/// delivery key's nonce, so a retried delivery shows once; failures throw and the delivery worker retries.
/// </summary>
internal sealed class DiscordOutboundChannel(
    DiscordSender sender, IPostedMessages posted, InteractionReplyDelivery interactionReplies, ILogger<DiscordOutboundChannel> logger)
    : IOutboundChannel, IInteractionReplyChannel
{
    /// <summary>Threads started from a message stay open a day without activity (brief §7: 60, 1440, 4320 or 10080).</summary>
    public const int ThreadAutoArchiveMinutes = 1440;

    private const int ThreadNameLength = 100;

    public string Platform => InteractionMapper.Platform;

    /// <summary>
    /// Without a <paramref name="messageKey"/>, a text too long for one message is posted as several, in order, the card
    /// with the last (<see cref="PostPartsAsync"/>). With one, the message is updated in place later, so it stays one
    /// message and a long text is cut with a pointer to the full ticket: such messages (a status board, a vote card)
    /// are cards with short text.
    /// </summary>
    public async Task PostAsync(
        ConversationAddress conversation, Reply message, string deliveryKey, string? messageKey, CancellationToken cancellationToken)
    {
        string channelId = ChannelOf(conversation);
        ArgumentNullException.ThrowIfNull(message);
        if (messageKey is null)
        {
            await PostPartsAsync(channelId, message, deliveryKey, cancellationToken);
            return;
        }

        IReadOnlyList<PostedMessage> copies = await posted.FindAsync(messageKey, Platform, cancellationToken);
        if (copies.FirstOrDefault(copy => copy.Conversation == conversation) is { } existing && await TryUpdateAsync(existing, message, cancellationToken))
        {
            return;
        }

        JsonMessage created = await sender.PostAsync(channelId, DiscordMessageRenderer.Render(message, logger), deliveryKey, cancellationToken);
        string id = created.Id ?? throw new DiscordApiException("Discord answered a post without the message id.");
        await posted.RecordAsync(new PostedMessage(messageKey, conversation, id, new Dictionary<string, string>()), cancellationToken);
    }

    /// <summary>A text too long for one message is sent as several, in order, the card with the last (<see cref="PostPartsAsync"/>).</summary>
    public async Task SendDirectAsync(UserIdentity person, Reply message, string deliveryKey, CancellationToken cancellationToken)
    {
        if (person.Platform != Platform)
        {
            throw new ArgumentException($"{person} is not a Discord user; the Discord channel sends only to discord:<user id>.", nameof(person));
        }

        ArgumentNullException.ThrowIfNull(message);
        try
        {
            string channelId = await sender.OpenDirectAsync(person.Id, cancellationToken);
            await PostPartsAsync(channelId, message, deliveryKey, cancellationToken);
        }
        catch (DiscordApiException exception) when (exception.Code == ErrorCodes.CannotDirectMessage)
        {
            logger.DirectMessageRefused(person.Id);
            throw new DirectMessageRefusedException(
                $"Discord refused a direct message to {person} (50007): the user closed DMs from server members, blocked the bot or shares no server with it.",
                exception);
        }
    }

    public async Task UpdateAsync(string messageKey, Reply message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageKey);
        ArgumentNullException.ThrowIfNull(message);
        List<Exception> failures = [];
        foreach (PostedMessage copy in await posted.FindAsync(messageKey, Platform, cancellationToken))
        {
            try
            {
                await TryUpdateAsync(copy, message, cancellationToken);
            }
            catch (Exception exception) when (exception is DiscordApiException or DiscordUnavailableException)
            {
                failures.Add(exception);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} Discord copies of {messageKey} could not be updated.", failures);
        }
    }

    /// <summary>
    /// Posts the first message in the parent channel (one message: a long text is cut), then starts a public thread from it. A retry finds both again:
    /// the nonce returns the same message, and 160004 says it already has its thread (whose id is the message id).
    /// </summary>
    public async Task<ConversationAddress> OpenThreadAsync(
        ConversationAddress parent, string title, Reply firstMessage, string deliveryKey, CancellationToken cancellationToken)
    {
        string channelId = ChannelOf(parent);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(firstMessage);
        JsonMessage root = await sender.PostAsync(channelId, DiscordMessageRenderer.Render(firstMessage, logger), deliveryKey, cancellationToken);
        string rootId = root.Id ?? throw new DiscordApiException("Discord answered a post without the message id.");
        string threadId = await sender.StartThreadAsync(channelId, rootId, ThreadName(title), ThreadAutoArchiveMinutes, cancellationToken);
        logger.ThreadOpened(threadId, channelId);
        return new ConversationAddress(Platform, threadId);
    }

    /// <summary>
    /// The channel mention <c>&lt;#id&gt;</c> (brief §5): Discord renders it as a link that opens the thread, for every
    /// reader who can see it. Null for an address that is not a Discord channel id.
    /// </summary>
    public string? LinkTo(ConversationAddress conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.Platform == Platform
            && ulong.TryParse(conversation.ConversationId, NumberStyles.None, CultureInfo.InvariantCulture, out ulong id) && id > 0
            ? $"<#{id.ToString(CultureInfo.InvariantCulture)}>"
            : null;
    }

    public Task DeliverAsync(InteractionReplyWork work, CancellationToken cancellationToken) =>
        interactionReplies.DeliverAsync(work, cancellationToken);

    /// <summary>
    /// Posts the reply's messages in order (<see cref="DiscordMessageRenderer.RenderInParts"/>), each with the nonce of
    /// its part (<see cref="MessageNonce.KeyOfPart"/>): a retried delivery gets every part already posted back from
    /// Discord (<c>enforce_nonce</c>) and posts only those that were not.
    /// </summary>
    private async Task PostPartsAsync(string channelId, Reply message, string deliveryKey, CancellationToken cancellationToken)
    {
        IReadOnlyList<JsonMessageData> parts = DiscordMessageRenderer.RenderInParts(message, logger);
        for (int part = 0; part < parts.Count; part++)
        {
            await sender.PostAsync(channelId, parts[part], MessageNonce.KeyOfPart(deliveryKey, part), cancellationToken);
        }
    }

    /// <summary>Edits one recorded copy; false when Discord says it is gone (deleted message or channel).</summary>
    private async Task<bool> TryUpdateAsync(PostedMessage copy, Reply message, CancellationToken cancellationToken)
    {
        try
        {
            await sender.EditAsync(copy.Conversation.ConversationId, copy.PlatformMessageId, DiscordMessageRenderer.Render(message, logger), cancellationToken);
            return true;
        }
        catch (DiscordApiException exception) when (exception.Code is ErrorCodes.UnknownMessage or ErrorCodes.UnknownChannel)
        {
            logger.PostedCopyGone(copy.PlatformMessageId, copy.MessageKey, copy.Conversation.ConversationId, exception.Code);
            return false;
        }
    }

    private string ChannelOf(ConversationAddress conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.Platform == Platform
            ? conversation.ConversationId
            : throw new ArgumentException($"{conversation} is not a Discord conversation.", nameof(conversation));
    }

    /// <summary>A thread name is 1–100 characters; a cut never splits a surrogate pair.</summary>
    private static string ThreadName(string title)
    {
        string name = title.Trim();
        if (name.Length <= ThreadNameLength)
        {
            return name;
        }

        int length = char.IsHighSurrogate(name[ThreadNameLength - 1]) ? ThreadNameLength - 1 : ThreadNameLength;
        return name[..length];
    }
}
