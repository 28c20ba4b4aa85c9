using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>
/// Changes one release safely with several instances running: read, apply, write conditionally on the version read,
/// with the outbound work it promises; on a conflict read again and re-apply to the fresh copy (never a blind retry).
/// </summary>
public sealed class ReleaseUpdater(IReleaseStore store, ReleaseOutbound outbound)
{
    /// <summary>Reads and writes tried before giving up on a release others keep changing.</summary>
    public const int MaxAttempts = 5;

    /// <param name="id">The release.</param>
    /// <param name="step">Applied to each fresh copy; a refusal ends the run without writing.</param>
    /// <param name="now">The instant of the step, for its outbound work.</param>
    /// <param name="cancellationToken">Cancels the reads and writes.</param>
    public async Task<ReleaseUpdate> UpdateAsync(
        TicketId id, Func<Release, DomainResult> step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            StoredRelease? stored = await store.GetAsync(id, cancellationToken);
            if (stored is null)
            {
                return ReleaseUpdate.NotFound;
            }

            Release current = stored.Release;
            DomainResult result = step(current);
            if (!result.Succeeded)
            {
                return ReleaseUpdate.Refused(current, result.Error!);
            }

            if (await store.SaveAsync(current, stored.Version, outbound.For(current, now), cancellationToken) == SaveOutcome.Saved)
            {
                return ReleaseUpdate.Saved(current);
            }
        }

        return ReleaseUpdate.Busy;
    }
}
