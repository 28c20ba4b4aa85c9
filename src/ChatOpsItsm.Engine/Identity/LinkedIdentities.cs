using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>A person who linked identities: the primary identity (the one records name) and all of them, primary included.</summary>
public sealed record LinkedIdentities(UserIdentity Primary, IReadOnlyList<UserIdentity> Identities);
