using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Makes incidents part of a major incident, one at a time, each in two writes: the incident is marked part of the
/// major first (so one that does not exist, or already belongs to another major incident, is never listed on it), then
/// the major incident lists it. A failure is reported with its reason and the others go on; running it again repairs a
/// half-done link, because an incident already part of this major incident goes on to be listed.
/// </summary>
public sealed class MajorLinker(IncidentUpdater incidents, MajorUpdater majors)
{
    /// <summary>
    /// Links each of <paramref name="others"/> to <paramref name="major"/>. The caller has checked that the person may record
    /// on the major incident; the major's own write checks it again on the fresh copy.
    /// </summary>
    public async Task<MajorLinkOutcome> LinkAsync(TicketId major, IReadOnlyList<TicketId> others, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(context);
        List<TicketId> linked = [];
        List<string> failures = [];
        Incident? latest = null;
        foreach (TicketId other in others)
        {
            IncidentUpdate joined = await incidents.UpdateAsync(other, i => i.JoinMajor(major, context.Action), context.Now, cancellationToken);
            bool alreadyPart = joined.Status == IncidentUpdateStatus.Refused
                && joined.Refusal!.Code == DomainErrorCodes.Unchanged
                && joined.Incident!.PartOf == major;
            if (joined.Status != IncidentUpdateStatus.Saved && !alreadyPart)
            {
                failures.Add($"{other}: {MajorReplies.FailureText(joined, other)}");
                continue;
            }

            IncidentUpdate listed = await majors.UpdateAsync(
                major, MajorOperation.Record, i => i.LinkIncident(other, context.Action), context, cancellationToken);
            if (listed.Status == IncidentUpdateStatus.Saved)
            {
                linked.Add(other);
                latest = listed.Incident;
            }
            else
            {
                failures.Add($"{other}: {MajorReplies.FailureText(listed, major)}");
            }
        }

        return new MajorLinkOutcome(linked, failures, latest);
    }
}
