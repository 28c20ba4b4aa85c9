using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>A change with its whole audit trail (every vote and decision), oldest event first.</summary>
public sealed record ChangeWithHistory(Change Change, IReadOnlyList<AuditEvent> History);
