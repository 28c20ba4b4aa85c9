using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Domain.Releases;

/// <summary>Who may do what to a release (SPEC §3): agents, on-call engineers and admins manage releases; anyone may look.</summary>
public static class ReleasePermissions
{
    public static bool MayAct(Person person, ReleaseOperation operation)
    {
        ArgumentNullException.ThrowIfNull(person);
        return operation == ReleaseOperation.View
            || person.HasRole(Role.Agent) || person.HasRole(Role.OnCall) || person.HasRole(Role.Admin);
    }

    /// <summary>The sentence a refused person reads.</summary>
    public static string Explain(ReleaseOperation operation) =>
        operation == ReleaseOperation.View ? "" : "Only agents, on-call engineers and admins can manage releases.";
}
