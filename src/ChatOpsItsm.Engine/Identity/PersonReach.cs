using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>
/// Where to reach a person by direct message: of all their linked identities, the one seen most recently on a platform
/// the caller can serve; the identity asked for when none of them was seen.
/// </summary>
public sealed class PersonReach(IIdentityLinks links, IConversationReferences references)
{
    /// <summary>The identity to write to, and where it was last seen (null when never).</summary>
    public async Task<(UserIdentity Identity, ConversationReference? Seen)> LastSeenAsync(
        UserIdentity person, Func<string, bool> serves, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serves);
        LinkedIdentities? linked = await links.FindAsync(person, cancellationToken);
        IReadOnlyList<UserIdentity> identities = linked?.Identities ?? [person];
        (UserIdentity Identity, ConversationReference? Seen) best = (person, null);
        foreach (UserIdentity identity in identities)
        {
            ConversationReference? seen = await references.FindPersonAsync(identity, cancellationToken);
            if (seen is not null && serves(seen.Conversation.Platform) && (best.Seen is null || seen.SeenAt > best.Seen.SeenAt))
            {
                best = (identity, seen);
            }
        }

        return best;
    }
}
