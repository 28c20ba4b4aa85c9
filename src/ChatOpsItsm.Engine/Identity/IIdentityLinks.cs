using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>
/// Which chat identities are one person (SPEC §3), and the one-time codes that join them. Every identity of a linked person
/// resolves in one point read; redeeming a code uses it up and writes the link in one conditional transaction, so a code
/// joins at most one identity even when two instances race.
/// </summary>
public interface IIdentityLinks
{
    /// <summary>The person <paramref name="identity"/> belongs to, or null when it is linked to no one (a person of one identity).</summary>
    Task<LinkedIdentities?> FindAsync(UserIdentity identity, CancellationToken cancellationToken);

    /// <summary>Stores a new code for <paramref name="requester"/>; false when the code is already taken (draw another).</summary>
    Task<bool> IssueCodeAsync(LinkCode code, UserIdentity requester, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The code as issued, or null when unknown or already used. Expiry is the caller's to judge.</summary>
    Task<PendingLink?> FindCodeAsync(LinkCode code, CancellationToken cancellationToken);

    /// <summary>
    /// Uses <paramref name="code"/> up (only if still at its version) and links <paramref name="identity"/> to the person of
    /// the code's requester, whose primary identity stays primary. All or nothing.
    /// </summary>
    Task<LinkOutcome> RedeemAsync(PendingLink code, UserIdentity identity, CancellationToken cancellationToken);

    /// <summary>Removes a secondary identity from its person; a primary identity cannot be removed while others are linked.</summary>
    Task<UnlinkOutcome> UnlinkAsync(UserIdentity identity, CancellationToken cancellationToken);
}
