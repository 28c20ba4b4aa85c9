using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.TestSupport.Builders;

/// <summary>Builds a <see cref="Person"/>: by default local:alice, named Alice, with no role beyond requester.</summary>
public sealed class PersonBuilder
{
    private readonly List<UserIdentity> _linkedIdentities = [];
    private readonly List<Role> _roles = [];
    private UserIdentity _primaryIdentity = BuilderDefaults.Requester;
    private string _displayName = BuilderDefaults.RequesterName;

    public static PersonBuilder APerson() => new();

    public PersonBuilder WithIdentity(UserIdentity primaryIdentity)
    {
        _primaryIdentity = primaryIdentity;
        return this;
    }

    public PersonBuilder Named(string displayName)
    {
        _displayName = displayName;
        return this;
    }

    /// <summary>Links a second chat identity, as <c>link</c> does.</summary>
    public PersonBuilder AlsoKnownAs(UserIdentity identity)
    {
        _linkedIdentities.Add(identity);
        return this;
    }

    public PersonBuilder WithRole(Role role)
    {
        _roles.Add(role);
        return this;
    }

    public Person Build() => new(_primaryIdentity, _displayName, _linkedIdentities, _roles);
}
