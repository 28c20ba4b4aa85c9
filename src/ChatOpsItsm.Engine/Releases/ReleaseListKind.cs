namespace ChatOpsItsm.Engine.Releases;

/// <summary>Which index a release listing reads.</summary>
public enum ReleaseListKind
{
    /// <summary>Releases not yet Closed or Canceled, newest first.</summary>
    Open,

    /// <summary>Every release, newest first.</summary>
    All,

    /// <summary>Open releases holding one change (<see cref="ReleaseQuery.Change"/>): at most one, by the add rule.</summary>
    HoldingChange,
}
