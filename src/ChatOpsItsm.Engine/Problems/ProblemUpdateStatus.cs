namespace ChatOpsItsm.Engine.Problems;

/// <summary>How a <see cref="ProblemUpdater"/> run ended.</summary>
public enum ProblemUpdateStatus
{
    /// <summary>The problem was applied and stored with its outbound work.</summary>
    Saved,

    /// <summary>There is no problem with that id.</summary>
    NotFound,

    /// <summary>The problem refused it as it stands (a rule, a permission, nothing to change); nothing was written.</summary>
    Refused,

    /// <summary>Others kept changing the problem between each read and write; nothing was written.</summary>
    Busy,
}
