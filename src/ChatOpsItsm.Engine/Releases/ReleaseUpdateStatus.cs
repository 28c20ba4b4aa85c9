namespace ChatOpsItsm.Engine.Releases;

/// <summary>How a <see cref="ReleaseUpdater"/> run ended.</summary>
public enum ReleaseUpdateStatus
{
    /// <summary>The step was applied and stored with its outbound work.</summary>
    Saved,

    /// <summary>There is no release with that id.</summary>
    NotFound,

    /// <summary>The release refused the step as it stands (a rule, a permission); nothing was written.</summary>
    Refused,

    /// <summary>Others kept changing the release between each read and write; nothing was written.</summary>
    Busy,
}
