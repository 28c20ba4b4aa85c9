using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Discord.Outbound;

/// <summary>
/// The message operations of the outbound channel on top of the <see cref="DiscordRestClient"/>: posts carry the
/// delivery key's nonce (enforced), edits send what was rendered, interaction webhooks use <c>Discord:ApplicationId</c>.
/// </summary>
internal sealed class DiscordSender(DiscordRestClient client, IOptions<DiscordOptions> options, ILogger<DiscordSender> logger)
{
    /// <summary>Posts with the bot token; a repeat with the same <paramref name="deliveryKey"/> returns the first message.</summary>
    public async Task<JsonMessage> PostAsync(string channelId, JsonMessageData message, string deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Nonce = MessageNonce.For(deliveryKey);
        message.EnforceNonce = true;
        JsonMessage posted = await client.CreateMessageAsync(channelId, message, cancellationToken);
        logger.MessagePosted(posted.Id ?? "?", channelId);
        return posted;
    }

    public async Task EditAsync(string channelId, string messageId, JsonMessageData message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        // A nonce belongs to a create; an edit of a message has none.
        message.Nonce = null;
        message.EnforceNonce = null;
        await client.EditMessageAsync(channelId, messageId, message, cancellationToken);
        logger.MessageUpdated(messageId, channelId);
    }

    /// <summary>The DM channel with <paramref name="userId"/>: Discord returns the same one every time.</summary>
    public async Task<string> OpenDirectAsync(string userId, CancellationToken cancellationToken)
    {
        JsonChannel channel = await client.OpenDirectMessageAsync(userId, cancellationToken);
        return channel.Id is { Length: > 0 } id ? id : throw new DiscordApiException("Discord opened a DM channel without an id.");
    }

    /// <summary>A public thread from the message; 160004 (it already has one, e.g. on a retry) is the same thread: its id is the message id.</summary>
    public async Task<string> StartThreadAsync(string channelId, string messageId, string name, int autoArchiveMinutes, CancellationToken cancellationToken)
    {
        try
        {
            JsonChannel thread = await client.StartThreadAsync(channelId, messageId, name, autoArchiveMinutes, cancellationToken);
            return thread.Id ?? messageId;
        }
        catch (DiscordApiException exception) when (exception.Code == ErrorCodes.ThreadAlreadyExists)
        {
            logger.ThreadAlreadyOpen(messageId, channelId);
            return messageId;
        }
    }

    public Task<JsonMessage?> EditOriginalAsync(string interactionToken, JsonMessageData message, CancellationToken cancellationToken) =>
        client.EditOriginalResponseAsync(options.Value.ApplicationId, interactionToken, message, cancellationToken);

    public Task<JsonMessage> FollowUpAsync(string interactionToken, JsonMessageData message, CancellationToken cancellationToken) =>
        client.CreateFollowUpAsync(options.Value.ApplicationId, interactionToken, message, cancellationToken);
}
