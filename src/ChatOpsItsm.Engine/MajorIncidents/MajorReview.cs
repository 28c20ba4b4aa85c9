using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Problems;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// The post-incident review of a major incident as Markdown (issue 7 §3): summary, impact, timeline with timestamps,
/// time to acknowledge, declare, mitigate and resolve, participants and roles, linked incidents and problem, follow-up
/// actions. Read from the record and its audit trail each time, so it is never stale: one read of the incident with its
/// history, one point read per linked incident (at most <see cref="MajorLimits.MaxLinkedIncidents"/>, read together) and
/// one index read for the problems naming it.
/// </summary>
public sealed class MajorReview(IIncidentStore store, ProblemHints problems)
{
    /// <summary>The review, or a <see cref="MajorReviewResult"/> saying the incident does not exist or is not major.</summary>
    public async Task<MajorReviewResult> RenderAsync(TicketId incident, CancellationToken cancellationToken) =>
        (await RenderWithIncidentAsync(incident, cancellationToken)).Result;

    /// <summary>
    /// The review as <see cref="RenderAsync"/> writes it, with the incident it was written from (null when there is
    /// none), so a caller learns its war room and its last audit sequence (<see cref="IncidentSnapshot.EventCount"/>)
    /// from the same reads.
    /// </summary>
    public async Task<(MajorReviewResult Result, Incident? Incident)> RenderWithIncidentAsync(TicketId incident, CancellationToken cancellationToken)
    {
        IncidentWithHistory? found = await store.GetWithHistoryAsync(incident, cancellationToken);
        if (found is null)
        {
            return (MajorReviewResult.NotFound, null);
        }

        if (found.Incident.Major is not { } major)
        {
            return (MajorReviewResult.NotMajor, found.Incident);
        }

        StoredIncident?[] read = await Task.WhenAll(major.LinkedIncidents.Select(id => store.GetAsync(id, cancellationToken)));
        List<(TicketId Id, Incident? Incident)> linked = [.. major.LinkedIncidents.Select((id, i) => (id, read[i]?.Incident))];
        IReadOnlyList<ProblemSummary> named = await problems.OfIncidentAsync(incident, cancellationToken);
        return (MajorReviewResult.Of(MajorReviewDocument.Write(found, linked, named)), found.Incident);
    }
}
