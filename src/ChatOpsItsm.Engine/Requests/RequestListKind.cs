namespace ChatOpsItsm.Engine.Requests;

/// <summary>Which index a request listing reads.</summary>
public enum RequestListKind
{
    /// <summary>Requests not yet Rejected, Closed or Canceled, oldest first.</summary>
    Open,

    /// <summary>Every request, newest first.</summary>
    All,

    /// <summary>Requests a person raised (<see cref="RequestQuery.Person"/>), newest first.</summary>
    RequestedBy,
}
