using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Releases;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>A release with its whole audit trail, oldest event first.</summary>
public sealed record ReleaseWithHistory(Release Release, IReadOnlyList<AuditEvent> History);
