namespace ChatOpsItsm.Domain.Problems;

/// <summary>Bounds on what people type into a problem, in characters, and on its linked incidents.</summary>
public static class ProblemLimits
{
    public const int TitleMaxLength = 200;
    public const int ServiceMaxLength = 80;
    public const int RootCauseMaxLength = 4_000;
    public const int WorkaroundMaxLength = 4_000;
    public const int ResolutionMaxLength = 4_000;

    /// <summary>Incidents one problem links; each is an index row written in the problem's transaction (at most 100 actions).</summary>
    public const int MaxIncidents = 50;
}
