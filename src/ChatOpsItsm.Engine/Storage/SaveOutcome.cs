namespace ChatOpsItsm.Engine.Storage;

/// <summary>The outcome of a conditional write.</summary>
public enum SaveOutcome
{
    /// <summary>Written; the record and its events are stored.</summary>
    Saved,

    /// <summary>Someone else changed the record since it was read: nothing was written, re-read and re-apply.</summary>
    Conflict,
}
