namespace ChatOpsItsm.Engine.Changes;

/// <summary>How a <see cref="ChangeUpdater"/> run ended.</summary>
public enum ChangeUpdateStatus
{
    /// <summary>The change was applied and stored with its outbound work.</summary>
    Saved,

    /// <summary>The change accepted it as already done (a repeated identical vote): nothing to write, nothing was written.</summary>
    Unchanged,

    /// <summary>There is no change with that id.</summary>
    NotFound,

    /// <summary>The change refused it as it stands (a rule, a permission, a closed vote); nothing was written.</summary>
    Refused,

    /// <summary>Others kept changing the change between each read and write; nothing was written.</summary>
    Busy,
}
