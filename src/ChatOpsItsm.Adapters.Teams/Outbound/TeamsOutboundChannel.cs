using ChatOpsItsm.Adapters.Teams.Connector;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Teams.Outbound;

/// <summary>
/// The Teams <see cref="IOutboundChannel"/>: posts, direct messages, in-place updates and war-room threads through the
/// Bot Connector. Keyed messages are recorded in <see cref="IPostedMessages"/> with their service URL, so an update
/// from any instance finds every copy. Failures throw; the delivery worker retries.
/// </summary>
internal sealed class TeamsOutboundChannel(
    TeamsAddressBook addresses, TeamsSender sender, IPostedMessages posted, ILogger<TeamsOutboundChannel> logger) : IOutboundChannel
{
    public string Platform => TeamsAddressBook.Platform;

    /// <remarks>
    /// Without a message key, a redelivered work item whose first send succeeded but was not recorded done posts
    /// again: the Connector's POST takes no idempotency key (brief §6.2).
    /// </remarks>
    public async Task PostAsync(
        ConversationAddress conversation, Reply message, string deliveryKey, string? messageKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(message);
        TeamsConversation target = await addresses.ConversationAsync(conversation, cancellationToken);
        if (messageKey is null)
        {
            await sender.PostAsync(target, message, cancellationToken);
            return;
        }

        IReadOnlyList<PostedMessage> copies = await posted.FindAsync(messageKey, Platform, cancellationToken);
        if (copies.FirstOrDefault(copy => copy.Conversation == conversation) is { } existing && await TryUpdateAsync(existing, message, cancellationToken))
        {
            return;
        }

        string id = await sender.PostAsync(target, message, cancellationToken);
        await posted.RecordAsync(new PostedMessage(messageKey, conversation, id, ChannelData(target.ServiceUrl)), cancellationToken);
    }

    public async Task SendDirectAsync(UserIdentity person, Reply message, string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        TeamsPerson target = await addresses.PersonAsync(person, cancellationToken);

        // Nothing cached: creating the 1:1 chat again returns the same chat (brief §4.3).
        string chatId = await sender.CreateDirectAsync(target, cancellationToken);
        await sender.PostAsync(new TeamsConversation(target.ServiceUrl, chatId, target.TenantId, null, null), message, cancellationToken);
    }

    public async Task UpdateAsync(string messageKey, Reply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageKey);
        ArgumentNullException.ThrowIfNull(message);
        List<Exception> failures = [];
        foreach (PostedMessage copy in await posted.FindAsync(messageKey, Platform, cancellationToken))
        {
            try
            {
                await TryUpdateAsync(copy, message, cancellationToken);
            }
            catch (Exception exception) when (exception is ConnectorException or ConnectorUnavailableException or UntrustedServiceUrlException)
            {
                failures.Add(exception);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} Teams copies of {messageKey} could not be updated.", failures);
        }
    }

    public async Task<ConversationAddress> OpenThreadAsync(
        ConversationAddress parent, string title, Reply firstMessage, string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parent);
        TeamsConversation channel = await addresses.ConversationAsync(parent, cancellationToken);

        // A thread's id is its channel's id plus ";messageid=…"; the channel's own id is the part before it.
        string channelId = channel.ChannelId ?? parent.ConversationId.Split(';', 2)[0];
        JsonConversationResourceResponse created = await sender.CreateThreadAsync(channel, channelId, firstMessage, cancellationToken);
        await addresses.RememberThreadAsync(channel with { ChannelId = channelId }, created.Id!, cancellationToken);
        logger.ThreadOpened(created.Id!, channelId);
        return new ConversationAddress(Platform, created.Id!);
    }

    /// <summary>The Teams deep link to a channel thread (a war room); null for a channel, a chat or another platform's address.</summary>
    public string? LinkTo(ConversationAddress conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.Platform == Platform ? TeamsDeepLink.ToThread(conversation.ConversationId) : null;
    }

    /// <summary>Updates one recorded copy; false when Teams says it is gone (deleted, or the bot was removed).</summary>
    private async Task<bool> TryUpdateAsync(PostedMessage copy, Reply message, CancellationToken cancellationToken)
    {
        string? serviceUrl = copy.ChannelData.TryGetValue(ReferenceKeys.ServiceUrl, out string? url) ? url : null;
        try
        {
            await sender.UpdateAsync(serviceUrl ?? "", copy.Conversation.ConversationId, copy.PlatformMessageId, message, cancellationToken);
            return true;
        }
        catch (ConnectorException exception) when (exception.IsGone)
        {
            logger.PostedCopyGone(copy.PlatformMessageId, copy.MessageKey, copy.Conversation.ConversationId, (int)exception.StatusCode!.Value);
            return false;
        }
    }

    private static Dictionary<string, string> ChannelData(string serviceUrl) => new(StringComparer.Ordinal)
    {
        [ReferenceKeys.ServiceUrl] = serviceUrl,
    };
}
