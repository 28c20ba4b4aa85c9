namespace ChatOpsItsm.Engine.Requests;

/// <summary>How a <see cref="RequestUpdater"/> run ended.</summary>
public enum RequestUpdateStatus
{
    /// <summary>Applied and stored with its outbound work.</summary>
    Saved,

    /// <summary>Accepted as already done (a repeated identical vote): nothing was written.</summary>
    Unchanged,

    /// <summary>There is no request with that id.</summary>
    NotFound,

    /// <summary>Refused as the request stands; nothing was written.</summary>
    Refused,

    /// <summary>Others kept changing the request between each read and write; nothing was written.</summary>
    Busy,
}
