using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Audit;

/// <summary>Who is acting, from which channel, and when: stamped on every audit event a change produces.</summary>
/// <param name="Actor">The acting identity, <c>platform:id</c>.</param>
/// <param name="ActorName">The display name at the time of the action.</param>
/// <param name="Channel">Where it happened, <c>platform:conversationId</c>.</param>
/// <param name="At">The instant, read once per command from the engine's <see cref="TimeProvider"/>.</param>
public sealed record ActionContext(UserIdentity Actor, string ActorName, string Channel, DateTimeOffset At);
