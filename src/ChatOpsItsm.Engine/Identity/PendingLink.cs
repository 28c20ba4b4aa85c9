using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>An issued, not yet used link code: the identity that asked for it, when it lapses, and its stored version.</summary>
public sealed record PendingLink(LinkCode Code, UserIdentity Requester, DateTimeOffset ExpiresAt, string Version);
