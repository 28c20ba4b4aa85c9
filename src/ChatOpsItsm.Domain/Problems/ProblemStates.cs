namespace ChatOpsItsm.Domain.Problems;

/// <summary>Names and groupings of problem states as people read them.</summary>
public static class ProblemStates
{
    /// <summary>Still being worked: New, Root Cause Analysis, Known Error. Incidents may be linked only then.</summary>
    public static bool IsOpen(ProblemState state) =>
        state is ProblemState.New or ProblemState.RootCauseAnalysis or ProblemState.KnownError;

    public static string DisplayName(ProblemState state) => state switch
    {
        ProblemState.RootCauseAnalysis => "Root Cause Analysis",
        ProblemState.KnownError => "Known Error",
        _ => state.ToString(),
    };

    /// <summary>The state as it reads after "PRB-1001 is": <c>New</c>, <c>in Root Cause Analysis</c>, <c>a Known Error</c>.</summary>
    public static string Phrase(ProblemState state) => state switch
    {
        ProblemState.RootCauseAnalysis => "in Root Cause Analysis",
        ProblemState.KnownError => "a Known Error",
        _ => DisplayName(state),
    };
}
