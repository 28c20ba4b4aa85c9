namespace ChatOpsItsm.Domain.Incidents;

/// <summary>The things a person can ask to do with an incident, for <see cref="IncidentPermissions"/>.</summary>
public enum IncidentOperation
{
    View,
    Assign,
    Note,
    Hold,
    Resume,
    Resolve,
    Close,
    Reopen,
    Cancel,
}
