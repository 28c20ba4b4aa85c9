using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// Hands one message to the channel that reaches its target: a conversation through its platform's channel, a
/// person by direct message to whichever of their linked identities was seen last (else their identity's platform), unless the
/// message is not essential and they turned notifications off. A message kept in place under a key one of the
/// <see cref="IMessageRefresh"/>es owns is rendered afresh first.
/// </summary>
public sealed class NotificationSender(
    OutboundChannels channels, PersonReach reach, INotificationPreferences preferences, IEnumerable<IMessageRefresh> refreshes)
{
    private readonly IMessageRefresh[] _refreshes = [.. refreshes];

    /// <returns>False when the person opted out of this non-essential message and nothing was sent.</returns>
    /// <exception cref="InvalidOperationException">No channel serves the target's platform.</exception>
    public async Task<bool> SendAsync(
        DeliveryTarget target, Reply message, string deliveryKey, string? messageKey, bool essential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        if (target.Conversation is { } conversation)
        {
            Reply latest = await LatestAsync(messageKey, message, cancellationToken);
            await channels.For(conversation.Platform).PostAsync(conversation, latest, deliveryKey, messageKey, cancellationToken);
            return true;
        }

        UserIdentity person = target.Person ?? throw new InvalidOperationException("The delivery target names neither a conversation nor a person.");
        if (!essential && !await preferences.WantsNonEssentialAsync(person, cancellationToken))
        {
            return false;
        }

        (UserIdentity identity, ConversationReference? seen) = await reach.LastSeenAsync(person, channels.Serves, cancellationToken);
        IOutboundChannel channel = channels.For(seen?.Conversation.Platform ?? identity.Platform);
        await channel.SendDirectAsync(identity, message, deliveryKey, cancellationToken);
        return true;
    }

    private async Task<Reply> LatestAsync(string? messageKey, Reply message, CancellationToken cancellationToken)
    {
        foreach (IMessageRefresh refresh in _refreshes)
        {
            if (messageKey is not null && messageKey.StartsWith(refresh.KeyPrefix, StringComparison.Ordinal)
                && TicketId.TryParse(messageKey[refresh.KeyPrefix.Length..], out TicketId ticket))
            {
                return await refresh.RenderAsync(ticket, message, cancellationToken) ?? message;
            }
        }

        return message;
    }
}
