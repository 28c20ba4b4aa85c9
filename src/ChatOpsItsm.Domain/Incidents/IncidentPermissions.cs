using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>
/// Who may do what to an incident (SPEC §3): agents, on-call engineers and admins work any incident;
/// a requester may add notes to, cancel, confirm (close) or reopen their own.
/// </summary>
public static class IncidentPermissions
{
    public static bool MayAct(Person person, IncidentOperation operation, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(incident);
        if (person.WorksIncidents)
        {
            return true;
        }

        bool ownsIt = person.Is(incident.Requester);
        return operation switch
        {
            IncidentOperation.View => true,
            IncidentOperation.Note or IncidentOperation.Cancel or IncidentOperation.Close or IncidentOperation.Reopen => ownsIt,
            _ => false,
        };
    }

    /// <summary>The sentence a refused person reads.</summary>
    public static string Explain(IncidentOperation operation) => operation switch
    {
        IncidentOperation.Assign or IncidentOperation.Hold or IncidentOperation.Resume or IncidentOperation.Resolve =>
            "Only agents and on-call engineers can do that.",
        _ => "Only the requester, agents and on-call engineers can do that.",
    };
}
