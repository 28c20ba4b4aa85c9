using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Engine.Changes;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>Reads the current state of each change of a release: one point read per change, in parallel.</summary>
public sealed class ReleaseChangeStates(IChangeStore changes)
{
    public async Task<IReadOnlyList<ReleaseChangeStatus>> ReadAsync(Release release, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        StoredChange?[] read = await Task.WhenAll(release.Changes.Select(c => changes.GetAsync(c.Id, cancellationToken)));
        return [.. release.Changes.Select((c, i) => new ReleaseChangeStatus(c.Id, read[i]?.Change.Title ?? c.Title, read[i]?.Change.State))];
    }

    /// <summary>The states read, by change, leaving out the changes not found.</summary>
    public static IReadOnlyDictionary<Domain.Tickets.TicketId, ChangeState> ByChange(IReadOnlyList<ReleaseChangeStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return statuses.Where(s => s.State is not null).ToDictionary(s => s.Id, s => s.State!.Value);
    }
}
