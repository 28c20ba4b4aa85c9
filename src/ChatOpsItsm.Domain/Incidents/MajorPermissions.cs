using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>
/// Who may do what with a major incident (SPEC §3, issue 7): only agents, on-call engineers and admins declare one or
/// hand out its roles; whoever holds a role on it (a communications lead from outside IT, say) may also run it and
/// record on it; anyone may read it and join the war room.
/// </summary>
public static class MajorPermissions
{
    public static bool MayAct(Person person, MajorOperation operation, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(incident);
        if (operation == MajorOperation.View || person.WorksIncidents)
        {
            return true;
        }

        return operation is MajorOperation.Run or MajorOperation.Record && incident.Major is { } major && major.HasRole(person);
    }

    /// <summary>The sentence a refused person reads.</summary>
    public static string Explain(MajorOperation operation) => operation switch
    {
        MajorOperation.Declare => "Only agents and on-call engineers can declare a major incident.",
        MajorOperation.AssignRole => "Only agents and on-call engineers can give major incident roles.",
        _ => "Only agents, on-call engineers and the major incident's role holders can do that.",
    };
}
