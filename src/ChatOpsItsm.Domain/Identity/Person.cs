namespace ChatOpsItsm.Domain.Identity;

/// <summary>
/// One person, whatever platform they write from: their linked chat identities, their roles and the approver
/// groups they vote in. Everyone holds <see cref="Role.Requester"/>; approver groups are granted one by one.
/// </summary>
public sealed record Person
{
    public Person(
        UserIdentity primaryIdentity,
        string displayName,
        IEnumerable<UserIdentity> identities,
        IEnumerable<Role> roles,
        IEnumerable<ApproverGroup>? approverGroups = null)
    {
        ArgumentNullException.ThrowIfNull(identities);
        ArgumentNullException.ThrowIfNull(roles);
        PrimaryIdentity = primaryIdentity;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? primaryIdentity.Id : displayName.Trim();
        Identities = new HashSet<UserIdentity>(identities) { primaryIdentity };
        Roles = new HashSet<Role>(roles) { Role.Requester };
        ApproverGroups = new HashSet<ApproverGroup>(approverGroups ?? []);
    }

    public UserIdentity PrimaryIdentity { get; }

    public string DisplayName { get; }

    public IReadOnlySet<UserIdentity> Identities { get; }

    public IReadOnlySet<Role> Roles { get; }

    /// <summary>The groups whose votes this person casts (<c>cab</c>, <c>ecab</c>); empty for most people.</summary>
    public IReadOnlySet<ApproverGroup> ApproverGroups { get; }

    /// <summary>Agents and on-call engineers work incidents; admins may do anything.</summary>
    public bool WorksIncidents => HasRole(Role.Agent) || HasRole(Role.OnCall) || HasRole(Role.Admin);

    public bool HasRole(Role role) => Roles.Contains(role);

    /// <summary>Membership is explicit: not even an admin votes in a group they were not granted.</summary>
    public bool IsApprover(ApproverGroup group) => ApproverGroups.Contains(group);

    public bool Is(UserIdentity identity) => Identities.Contains(identity);
}
