using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// Changes one change safely with several instances running: read, apply, write conditionally on the version read,
/// together with the outbound work the change promises; on a conflict read again and re-apply to the fresh copy (never
/// a blind retry). A whole CAB may vote at once, so it tries more often than the incident updater. An application that
/// records nothing (a repeated identical vote) writes nothing.
/// </summary>
public sealed class ChangeUpdater(IChangeStore store, ChangeOverlaps overlaps, ChangeOutbound outbound)
{
    /// <summary>
    /// Reads and writes tried before giving up on a change others keep changing. Every conflict means another vote was
    /// saved, so with N approvers voting at once a vote lands within N attempts unless it keeps losing the race; the
    /// benchmark saw 10 lose on 0.5 % of votes at 8 concurrent voters on one change, so the budget is well above that.
    /// </summary>
    public const int MaxAttempts = 25;

    /// <param name="id">The change.</param>
    /// <param name="change">Applied to each fresh copy; a refusal ends the run without writing.</param>
    /// <param name="now">The instant of the change, for its outbound work.</param>
    /// <param name="cancellationToken">Cancels the reads and writes.</param>
    public async Task<ChangeUpdate> UpdateAsync(
        TicketId id, Func<Change, DomainResult> change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        IReadOnlyList<ScheduledChange>? overlapping = null;
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            StoredChange? stored = await store.GetAsync(id, cancellationToken);
            if (stored is null)
            {
                return ChangeUpdate.NotFound;
            }

            Change current = stored.Change;
            DomainResult result = change(current);
            if (!result.Succeeded)
            {
                return ChangeUpdate.Refused(current, result.Error!);
            }

            if (current.PendingEvents.Count == 0)
            {
                return ChangeUpdate.Unchanged(current);
            }

            // Other changes' windows do not move with this one's votes: one listing serves every attempt.
            if (overlapping is null && ChangeOutbound.ShowsOverlaps(current))
            {
                overlapping = await overlaps.FindAsync(current, cancellationToken);
            }

            IReadOnlyList<ScheduledChange> shown = overlapping ?? [];
            if (await store.SaveAsync(current, stored.Version, outbound.For(current, now, shown), cancellationToken) == SaveOutcome.Saved)
            {
                return ChangeUpdate.Saved(current, shown);
            }
        }

        return ChangeUpdate.Busy;
    }
}
