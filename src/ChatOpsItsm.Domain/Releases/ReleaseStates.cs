namespace ChatOpsItsm.Domain.Releases;

/// <summary>Names and groupings of release states as people read them.</summary>
public static class ReleaseStates
{
    /// <summary>Nothing can change any more: Closed, Canceled.</summary>
    public static bool IsFinal(ReleaseState state) => state is ReleaseState.Closed or ReleaseState.Canceled;

    /// <summary>Its set of changes may still change, and it may still be called off: Planning, Building.</summary>
    public static bool IsEditable(ReleaseState state) => state is ReleaseState.Planning or ReleaseState.Building;

    public static string DisplayName(ReleaseState state) => state.ToString();

    /// <summary>The state as it reads after "RLS-1001 is": <c>in Planning</c>, <c>Building</c>, <c>Closed</c>.</summary>
    public static string Phrase(ReleaseState state) => state == ReleaseState.Planning ? "in Planning" : DisplayName(state);
}
