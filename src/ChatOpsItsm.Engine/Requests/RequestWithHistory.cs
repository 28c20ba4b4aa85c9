using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Requests;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>A request with its whole audit trail, oldest event first.</summary>
public sealed record RequestWithHistory(ServiceRequest Request, IReadOnlyList<AuditEvent> History);
