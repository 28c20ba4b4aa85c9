namespace ChatOpsItsm.Bench.Reporting;

/// <summary>One target of issue 2 §8, what was measured against it, and whether it was met.</summary>
internal sealed record TargetResult(string Target, string Measured, bool Pass);
