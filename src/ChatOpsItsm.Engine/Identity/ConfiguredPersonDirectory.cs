using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>
/// People and roles from configuration (<c>Itsm:Admins</c>, <c>Itsm:Roles:&lt;role&gt;</c>): every instance
/// reads the same settings, so nothing needs storing and resolving a person costs no round trip.
/// </summary>
public sealed class ConfiguredPersonDirectory : IPersonDirectory
{
    private readonly Dictionary<UserIdentity, IReadOnlySet<Role>> _roles;

    public ConfiguredPersonDirectory(IOptions<ItsmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _roles = BuildRoles(options.Value);
    }

    public Task<Person> GetAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(Build(user.Identity, user.DisplayName));
    }

    public Task<Person> FindAsync(UserIdentity identity, CancellationToken cancellationToken) =>
        Task.FromResult(Build(identity, identity.Id));

    private static Dictionary<UserIdentity, IReadOnlySet<Role>> BuildRoles(ItsmOptions options)
    {
        Dictionary<UserIdentity, HashSet<Role>> roles = [];
        void Grant(string identityText, Role role)
        {
            UserIdentity identity = UserIdentity.Parse(identityText);
            if (!roles.TryGetValue(identity, out HashSet<Role>? held))
            {
                held = [];
                roles[identity] = held;
            }

            held.Add(role);
        }

        foreach (string admin in options.Admins)
        {
            Grant(admin, Role.Admin);
        }

        foreach ((string roleName, IList<string> identities) in options.Roles)
        {
            Role role = RoleNames.TryParse(roleName, out Role parsed)
                ? parsed
                : throw new InvalidOperationException($"Unknown role '{roleName}' in configuration.");
            foreach (string identity in identities)
            {
                Grant(identity, role);
            }
        }

        return roles.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<Role>)pair.Value);
    }

    private Person Build(UserIdentity identity, string displayName) =>
        new(identity, displayName, [identity], _roles.TryGetValue(identity, out IReadOnlySet<Role>? roles) ? roles : []);
}
