using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>
/// People, roles and approver groups from configuration (<c>Itsm:Admins</c>, <c>Itsm:Roles:&lt;role or group&gt;</c>):
/// every instance reads the same settings, so nothing needs storing and resolving a person costs no round trip. A key
/// under <c>Itsm:Roles</c> that is not agent, oncall or admin names an approver group (<c>cab</c>, <c>ecab</c>).
/// </summary>
public sealed class ConfiguredPersonDirectory : IPersonDirectory
{
    private readonly Dictionary<UserIdentity, HashSet<Role>> _roles = [];
    private readonly Dictionary<UserIdentity, HashSet<ApproverGroup>> _groups = [];

    public ConfiguredPersonDirectory(IOptions<ItsmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (string admin in options.Value.Admins)
        {
            Grant(_roles, admin, Role.Admin);
        }

        foreach ((string name, IList<string> identities) in options.Value.Roles)
        {
            foreach (string identity in identities)
            {
                if (RoleNames.TryParse(name, out Role role))
                {
                    Grant(_roles, identity, role);
                }
                else if (ApproverGroup.TryParse(name, out ApproverGroup group))
                {
                    Grant(_groups, identity, group);
                }
                else
                {
                    throw new InvalidOperationException($"Unknown role '{name}' in configuration.");
                }
            }
        }
    }

    public Task<Person> GetAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(Build(user.Identity, user.DisplayName));
    }

    public Task<Person> FindAsync(UserIdentity identity, CancellationToken cancellationToken) =>
        Task.FromResult(Build(identity, identity.Id));

    private static void Grant<T>(Dictionary<UserIdentity, HashSet<T>> grants, string identityText, T grant)
    {
        UserIdentity identity = UserIdentity.Parse(identityText);
        if (!grants.TryGetValue(identity, out HashSet<T>? held))
        {
            held = [];
            grants[identity] = held;
        }

        held.Add(grant);
    }

    /// <summary>
    /// The person behind several linked identities: <paramref name="primary"/> names them, and the roles and approver
    /// groups configured for any of the identities are theirs.
    /// </summary>
    public Person Describe(UserIdentity primary, string displayName, IEnumerable<UserIdentity> identities)
    {
        ArgumentNullException.ThrowIfNull(identities);
        UserIdentity[] all = [primary, .. identities.Where(i => i != primary)];
        return new Person(
            primary,
            displayName,
            all,
            all.SelectMany(i => _roles.TryGetValue(i, out HashSet<Role>? roles) ? roles : []),
            all.SelectMany(i => _groups.TryGetValue(i, out HashSet<ApproverGroup>? groups) ? groups : []));
    }

    private Person Build(UserIdentity identity, string displayName) => Describe(identity, displayName, [identity]);
}
