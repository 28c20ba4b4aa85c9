namespace ChatOpsItsm.Domain.Identity;

/// <summary>
/// One person, whatever platform they write from: their linked chat identities and their roles.
/// Everyone holds <see cref="Role.Requester"/>.
/// </summary>
public sealed record Person
{
    public Person(UserIdentity primaryIdentity, string displayName, IEnumerable<UserIdentity> identities, IEnumerable<Role> roles)
    {
        ArgumentNullException.ThrowIfNull(identities);
        ArgumentNullException.ThrowIfNull(roles);
        PrimaryIdentity = primaryIdentity;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? primaryIdentity.Id : displayName.Trim();
        Identities = new HashSet<UserIdentity>(identities) { primaryIdentity };
        Roles = new HashSet<Role>(roles) { Role.Requester };
    }

    public UserIdentity PrimaryIdentity { get; }

    public string DisplayName { get; }

    public IReadOnlySet<UserIdentity> Identities { get; }

    public IReadOnlySet<Role> Roles { get; }

    /// <summary>Agents and on-call engineers work incidents; admins may do anything.</summary>
    public bool WorksIncidents => HasRole(Role.Agent) || HasRole(Role.OnCall) || HasRole(Role.Admin);

    public bool HasRole(Role role) => Roles.Contains(role);

    public bool Is(UserIdentity identity) => Identities.Contains(identity);
}
