using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>
/// Changes one incident safely with several instances running: read, apply the change, write conditionally on the
/// version read, together with the outbound work the change promises. When another instance wrote in between,
/// read again and re-apply the change to the fresh copy (never a blind retry), so no update is lost.
/// </summary>
public sealed class IncidentUpdater(IIncidentStore store, IncidentOutbound outbound)
{
    /// <summary>Reads and writes tried before giving up on an incident others keep changing.</summary>
    public const int MaxAttempts = 5;

    /// <param name="id">The incident.</param>
    /// <param name="change">Applied to each fresh copy; a refusal ends the run without writing.</param>
    /// <param name="now">The instant of the change, for its outbound work.</param>
    /// <param name="cancellationToken">Cancels the reads and writes.</param>
    public async Task<IncidentUpdate> UpdateAsync(
        TicketId id, Func<Incident, DomainResult> change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            StoredIncident? stored = await store.GetAsync(id, cancellationToken);
            if (stored is null)
            {
                return IncidentUpdate.NotFound;
            }

            Incident incident = stored.Incident;
            DomainResult result = change(incident);
            if (!result.Succeeded)
            {
                return IncidentUpdate.Refused(incident, result.Error!);
            }

            if (await store.SaveAsync(incident, stored.Version, outbound.For(incident, now), cancellationToken) == SaveOutcome.Saved)
            {
                return IncidentUpdate.Saved(incident);
            }
        }

        return IncidentUpdate.Busy;
    }
}
