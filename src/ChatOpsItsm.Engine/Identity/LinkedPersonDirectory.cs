using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>
/// People as configuration describes them, joined across platforms by the stored links: an identity linked to a person
/// resolves to that person's primary identity, with the roles and approver groups configured for any of their identities.
/// One point read per resolution and no cache, so a link made or removed on another instance counts at once.
/// </summary>
public sealed class LinkedPersonDirectory(ConfiguredPersonDirectory configured, IIdentityLinks links) : IPersonDirectory
{
    public async Task<Person> GetAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await ResolveAsync(user.Identity, user.DisplayName, cancellationToken);
    }

    public async Task<Person> FindAsync(UserIdentity identity, CancellationToken cancellationToken) =>
        await ResolveAsync(identity, identity.Id, cancellationToken);

    private async Task<Person> ResolveAsync(UserIdentity identity, string displayName, CancellationToken cancellationToken)
    {
        LinkedIdentities? linked = await links.FindAsync(identity, cancellationToken);
        return linked is null
            ? configured.Describe(identity, displayName, [identity])
            : configured.Describe(linked.Primary, displayName, linked.Identities);
    }
}
