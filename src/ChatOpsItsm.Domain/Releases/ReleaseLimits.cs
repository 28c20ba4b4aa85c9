namespace ChatOpsItsm.Domain.Releases;

/// <summary>Bounds on a release, in characters and changes; the README repeats them.</summary>
public static class ReleaseLimits
{
    public const int TitleMaxLength = 200;
    public const int ServiceMaxLength = 80;
    public const int ReasonMaxLength = 1_000;
    public const int NotesMaxLength = 4_000;

    /// <summary>Changes in one release: keeps a save (record, index rows per change, events) well inside one 100-action transaction.</summary>
    public const int MaxChanges = 50;
}
