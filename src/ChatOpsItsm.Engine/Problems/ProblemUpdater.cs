using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>
/// Changes one problem safely with several instances running: read, apply, write conditionally on the version read,
/// together with the outbound work the change promises; on a conflict read again and re-apply to the fresh copy (never
/// a blind retry). Two agents linking incidents at once both land: the loser re-reads and links on top.
/// </summary>
public sealed class ProblemUpdater(IProblemStore store, ProblemOutbound outbound)
{
    /// <summary>Reads and writes tried before giving up on a problem others keep changing.</summary>
    public const int MaxAttempts = 5;

    public async Task<ProblemUpdate> UpdateAsync(
        TicketId id, Func<Problem, DomainResult> change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            StoredProblem? stored = await store.GetAsync(id, cancellationToken);
            if (stored is null)
            {
                return ProblemUpdate.NotFound;
            }

            Problem current = stored.Problem;
            DomainResult result = change(current);
            if (!result.Succeeded)
            {
                return ProblemUpdate.Refused(current, result.Error!);
            }

            if (await store.SaveAsync(current, stored.Version, outbound.For(current, now), cancellationToken) == SaveOutcome.Saved)
            {
                return ProblemUpdate.Saved(current);
            }
        }

        return ProblemUpdate.Busy;
    }
}
