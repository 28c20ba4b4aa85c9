namespace ChatOpsItsm.Engine.Problems;

/// <summary>A page of a problem listing and the token for the next one (null on the last page).</summary>
public sealed record ProblemPage(IReadOnlyList<ProblemSummary> Items, string? ContinuationToken);
