using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>A problem as read from storage, with the version a later write must match.</summary>
public sealed record StoredProblem(Problem Problem, RecordVersion Version);
