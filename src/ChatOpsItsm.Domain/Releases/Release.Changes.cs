using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Releases;

public sealed partial class Release
{
    /// <summary>
    /// Adds an approved change while Planning or Building. Refused when the change is not Scheduled (the reason names
    /// its state), when it is already in another open release (<paramref name="openReleaseOfChange"/>), when it is
    /// already in this one, or when the release is full.
    /// </summary>
    /// <param name="change">The change as just read.</param>
    /// <param name="openReleaseOfChange">The open release the change is already in, if any; this release's id is ignored.</param>
    /// <param name="context">Who adds it, and when.</param>
    public DomainResult AddChange(Change change, TicketId? openReleaseOfChange, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        if (!ReleaseStates.IsEditable(State))
        {
            return Refused("changed", null);
        }

        if (Contains(change.Id))
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{change.Id} is already in {Id}.");
        }

        if (openReleaseOfChange is { } other && other != Id)
        {
            return DomainResult.Refused(DomainErrorCodes.InvalidTransition,
                $"{change.Id} is already in {other}, which is still open: a change belongs to one release at a time.");
        }

        if (change.State != ChangeState.Scheduled)
        {
            return DomainResult.Refused(DomainErrorCodes.InvalidTransition,
                $"{change.Id} is {ChangeStates.Phrase(change.State)}, so it can't join a release: only approved (Scheduled) changes can.");
        }

        if (_state.Changes.Count >= ReleaseLimits.MaxChanges)
        {
            return DomainResult.Refused(DomainErrorCodes.Validation,
                $"{Id} already has {ReleaseLimits.MaxChanges} changes, the most a release can hold.");
        }

        _state = _state with { Changes = [.. _state.Changes, new ReleaseChange(change.Id, change.Title)] };
        Record(context, AuditActions.ChangeAdded, change.Title, Field("change", null, change.Id.ToString()));
        return DomainResult.Ok;
    }

    /// <summary>Takes a change out while Planning or Building.</summary>
    public DomainResult RemoveChange(TicketId change, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ReleaseStates.IsEditable(State))
        {
            return Refused("changed", null);
        }

        if (!Contains(change))
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{change} is not in {Id}.");
        }

        _state = _state with { Changes = [.. _state.Changes.Where(c => c.Id != change)] };
        Record(context, AuditActions.ChangeRemoved, null, Field("change", change.ToString(), null));
        return DomainResult.Ok;
    }
}
