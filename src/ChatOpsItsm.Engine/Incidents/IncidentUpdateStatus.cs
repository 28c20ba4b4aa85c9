namespace ChatOpsItsm.Engine.Incidents;

/// <summary>How an <see cref="IncidentUpdater"/> run ended.</summary>
public enum IncidentUpdateStatus
{
    /// <summary>The change was applied and stored with its outbound work.</summary>
    Saved,

    /// <summary>There is no incident with that id.</summary>
    NotFound,

    /// <summary>The change refused the incident as it stands (a rule, a permission, not due yet); nothing was written.</summary>
    Refused,

    /// <summary>Others kept changing the incident between each read and write; nothing was written.</summary>
    Busy,
}
