using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Problems;

/// <summary>Who may do what to a problem (SPEC §3, issue 6 §3): agents, on-call engineers and admins work problems; anyone may view them.</summary>
public static class ProblemPermissions
{
    public static bool MayAct(Person person, ProblemOperation operation)
    {
        ArgumentNullException.ThrowIfNull(person);
        return operation == ProblemOperation.View || person.WorksIncidents;
    }

    /// <summary>The sentence a refused person reads.</summary>
    public static string Explain(ProblemOperation operation) => operation == ProblemOperation.View
        ? "Anyone may view a problem."
        : "Only agents and on-call engineers can work problems.";
}
