namespace ChatOpsItsm.Domain.Problems;

/// <summary>The problem lifecycle of SPEC §2: New → Root Cause Analysis → Known Error → Resolved → Closed.</summary>
public enum ProblemState
{
    New,
    RootCauseAnalysis,
    KnownError,
    Resolved,
    Closed,
}
