using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// The post-incident review of a major incident as Markdown (issue 7 §3): summary, impact, timeline with timestamps,
/// time to acknowledge, declare, mitigate and resolve, participants and roles, linked incidents and problem, follow-up
/// actions. Read from the record and its audit trail each time, so it is never stale.
/// </summary>
public sealed class MajorReview
{
    /// <summary>The review, or a <see cref="MajorReviewResult"/> saying the incident does not exist or is not major.</summary>
    public Task<MajorReviewResult> RenderAsync(TicketId incident, CancellationToken cancellationToken) => throw new NotImplementedException();
}
