using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Problems;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>A problem with its whole audit trail, oldest event first.</summary>
public sealed record ProblemWithHistory(Problem Problem, IReadOnlyList<AuditEvent> History);
