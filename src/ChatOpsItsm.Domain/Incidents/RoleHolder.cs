using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>A person holding a role, named as they were when it was given.</summary>
public sealed record RoleHolder(UserIdentity Identity, string Name);
