using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>An incident with its whole audit trail, oldest event first.</summary>
public sealed record IncidentWithHistory(Incident Incident, IReadOnlyList<AuditEvent> History);
