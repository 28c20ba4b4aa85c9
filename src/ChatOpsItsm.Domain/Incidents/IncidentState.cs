namespace ChatOpsItsm.Domain.Incidents;

/// <summary>The incident lifecycle of SPEC §2.</summary>
public enum IncidentState
{
    New,
    InProgress,
    OnHold,
    Resolved,
    Closed,
    Canceled,
}
