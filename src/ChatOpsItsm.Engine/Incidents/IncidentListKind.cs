namespace ChatOpsItsm.Engine.Incidents;

/// <summary>Which index a listing reads.</summary>
public enum IncidentListKind
{
    /// <summary>New, In Progress and On Hold incidents, most urgent first.</summary>
    Open,

    /// <summary>Every incident, most urgent first.</summary>
    All,

    /// <summary>Incidents in one state (<see cref="IncidentQuery.State"/>), most urgent first.</summary>
    InState,

    /// <summary>Incidents a person reported (<see cref="IncidentQuery.Person"/>), newest first.</summary>
    RequestedBy,

    /// <summary>Incidents assigned to a person and not yet Closed or Canceled, newest first.</summary>
    AssignedTo,

    /// <summary>Incidents reported on one service (<see cref="IncidentQuery.Service"/>), newest first.</summary>
    OnService,
}
