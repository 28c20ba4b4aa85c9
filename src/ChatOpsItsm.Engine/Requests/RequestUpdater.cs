using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>
/// Changes one request safely with several instances running: read, apply, write conditionally on the version read with
/// the outbound work it promises; on a conflict read again and re-apply to the fresh copy (never a blind retry). An
/// application that records nothing (a repeated identical vote) writes nothing.
/// </summary>
public sealed class RequestUpdater(IRequestStore store, RequestOutbound outbound)
{
    /// <summary>Reads and writes tried before giving up on a request others keep changing; a whole group may approve at once.</summary>
    public const int MaxAttempts = 10;

    public async Task<RequestUpdate> UpdateAsync(
        TicketId id, Func<ServiceRequest, DomainResult> change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            StoredRequest? stored = await store.GetAsync(id, cancellationToken);
            if (stored is null)
            {
                return RequestUpdate.NotFound;
            }

            ServiceRequest current = stored.Request;
            DomainResult result = change(current);
            if (!result.Succeeded)
            {
                return RequestUpdate.Refused(current, result.Error!);
            }

            if (current.PendingEvents.Count == 0)
            {
                return RequestUpdate.Unchanged(current);
            }

            if (await store.SaveAsync(current, stored.Version, outbound.For(current, now), cancellationToken) == SaveOutcome.Saved)
            {
                return RequestUpdate.Saved(current);
            }
        }

        return RequestUpdate.Busy;
    }
}
