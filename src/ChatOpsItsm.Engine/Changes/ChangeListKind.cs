namespace ChatOpsItsm.Engine.Changes;

/// <summary>Which index a change listing reads.</summary>
public enum ChangeListKind
{
    /// <summary>Changes not yet Closed, Rejected or Canceled, by planned start, soonest first.</summary>
    Open,

    /// <summary>Every change, newest first.</summary>
    All,

    /// <summary>Changes in one state (<see cref="ChangeQuery.State"/>), by planned start.</summary>
    InState,

    /// <summary>Changes a person raised (<see cref="ChangeQuery.Person"/>), newest first.</summary>
    RequestedBy,

    /// <summary>Open changes on one service (<see cref="ChangeQuery.Service"/>, any case), by planned start: for overlap warnings.</summary>
    OnService,

    /// <summary>
    /// Changes on one service (<see cref="ChangeQuery.Service"/>, any case) whose implementation started at or after
    /// <see cref="ChangeQuery.Since"/>, newest start first, whatever their state now: for incident correlation.
    /// </summary>
    ImplementedOnService,
}
