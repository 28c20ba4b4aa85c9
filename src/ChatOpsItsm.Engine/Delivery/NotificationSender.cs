using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// Hands one message to the channel that reaches its target: a conversation through its platform's channel, a
/// person by direct message on the platform they were last seen on (else their identity's platform), unless the
/// message is not essential and they turned notifications off.
/// </summary>
public sealed class NotificationSender(
    OutboundChannels channels, IConversationReferences references, INotificationPreferences preferences, VoteCardRefresh voteCards)
{
    /// <returns>False when the person opted out of this non-essential message and nothing was sent.</returns>
    /// <exception cref="InvalidOperationException">No channel serves the target's platform.</exception>
    public async Task<bool> SendAsync(
        DeliveryTarget target, Reply message, string deliveryKey, string? messageKey, bool essential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        if (target.Conversation is { } conversation)
        {
            Reply latest = await voteCards.LatestAsync(messageKey, message, cancellationToken);
            await channels.For(conversation.Platform).PostAsync(conversation, latest, deliveryKey, messageKey, cancellationToken);
            return true;
        }

        UserIdentity person = target.Person ?? throw new InvalidOperationException("The delivery target names neither a conversation nor a person.");
        if (!essential && !await preferences.WantsNonEssentialAsync(person, cancellationToken))
        {
            return false;
        }

        IOutboundChannel channel = channels.For(await PlatformOfAsync(person, cancellationToken));
        await channel.SendDirectAsync(person, message, deliveryKey, cancellationToken);
        return true;
    }

    /// <summary>One identity per person today, so the last-seen platform is the identity's; linked identities will refine it.</summary>
    private async Task<string> PlatformOfAsync(UserIdentity person, CancellationToken cancellationToken)
    {
        ConversationReference? seen = await references.FindPersonAsync(person, cancellationToken);
        return seen is not null && channels.Serves(seen.Conversation.Platform) ? seen.Conversation.Platform : person.Platform;
    }
}
