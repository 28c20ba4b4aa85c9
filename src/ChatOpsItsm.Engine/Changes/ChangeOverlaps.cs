using ChatOpsItsm.Domain.Changes;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// The other open changes on a change's service whose planned windows overlap its own, from the service's listing
/// (one index read): a warning for the requester and the approvers, never a refusal. Drafts are left out: they have
/// not asked for their window yet.
/// </summary>
public sealed class ChangeOverlaps(IChangeStore store)
{
    public async Task<IReadOnlyList<ScheduledChange>> FindAsync(Change change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ChangePage page = await store.ListAsync(
            new ChangeQuery(ChangeListKind.OnService, ChangeQuery.MaxPageSize) { Service = change.Service }, cancellationToken);
        IEnumerable<ScheduledChange> others = page.Items
            .Where(item => item.State != ChangeState.Draft && !ChangeStates.IsFinal(item.State))
            .Select(item => new ScheduledChange(item.Id, item.Title, item.Service, item.PlannedWindow));
        return ChangeCalendar.Overlapping(change.Id, change.Service, change.PlannedWindow, others);
    }
}
