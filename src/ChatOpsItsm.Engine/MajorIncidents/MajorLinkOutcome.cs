using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>What <see cref="MajorLinker.LinkAsync"/> did: the incidents linked, a line per failure, and the major incident as last saved (null if nothing was).</summary>
public sealed record MajorLinkOutcome(IReadOnlyList<TicketId> Linked, IReadOnlyList<string> Failures, Incident? Major)
{
    /// <summary>The sentences a reply adds: what was linked and what was not, with why.</summary>
    public string Describe(TicketId major)
    {
        List<string> parts = [];
        if (Linked.Count > 0)
        {
            parts.Add($"Linked {string.Join(", ", Linked)} to **{major}**.");
        }

        if (Failures.Count > 0)
        {
            parts.Add("Not linked:\n" + string.Join('\n', Failures.Select(f => $"- {f}")));
        }

        return string.Join("\n\n", parts);
    }
}
