namespace ChatOpsItsm.Engine.Problems;

/// <summary>Which index a problem listing reads.</summary>
public enum ProblemListKind
{
    /// <summary>Problems not yet Resolved or Closed, newest first.</summary>
    Open,

    /// <summary>Problems in Known Error, newest first.</summary>
    KnownErrors,

    /// <summary>Every problem, newest first.</summary>
    All,

    /// <summary>Known errors on one service (<see cref="ProblemQuery.Service"/>, any case), newest first: for intake.</summary>
    KnownErrorsOnService,

    /// <summary>The problems an incident (<see cref="ProblemQuery.Incident"/>) is linked to, in any state, newest first.</summary>
    ForIncident,
}
