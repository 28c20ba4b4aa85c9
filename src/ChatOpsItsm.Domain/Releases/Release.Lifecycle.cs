using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Releases;

public sealed partial class Release
{
    /// <summary>Planning → Building; a release with no changes has nothing to build.</summary>
    public DomainResult Build(ActionContext context) =>
        Advance(ReleaseState.Planning, ReleaseState.Building, AuditActions.BuildStarted, "built", context);

    /// <summary>
    /// Building → Deploying. Starting its changes is the engine's part (each through its own update), so a change
    /// that cannot start yet does not hold back the others.
    /// </summary>
    public DomainResult Deploy(ActionContext context) =>
        Advance(ReleaseState.Building, ReleaseState.Deploying, AuditActions.Deployed, "deployed", context);

    /// <summary>
    /// Deploying → Closed, only once every change is in Review or Closed, or was Canceled (a change that could not start
    /// and was called off must not hold the release open for ever); the refusal names the others.
    /// </summary>
    /// <param name="changeStates">The current state of each of its changes; a change missing here counts as not done.</param>
    /// <param name="notes">How the release went (optional).</param>
    /// <param name="context">Who closes it, and when.</param>
    public DomainResult Close(IReadOnlyDictionary<TicketId, ChangeState> changeStates, string? notes, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(changeStates);
        ArgumentNullException.ThrowIfNull(context);
        if (State != ReleaseState.Deploying)
        {
            return Refused("closed", State == ReleaseState.Building ? "deploy it first" : null);
        }

        string[] pending =
        [
            .. _state.Changes
                .Where(c => !changeStates.TryGetValue(c.Id, out ChangeState s) || s is not (ChangeState.Review or ChangeState.Closed or ChangeState.Canceled))
                .Select(c => changeStates.TryGetValue(c.Id, out ChangeState s) ? $"{c.Id} ({ChangeStates.DisplayName(s)})" : $"{c.Id} (not found)"),
        ];
        if (pending.Length > 0)
        {
            return DomainResult.Refused(DomainErrorCodes.InvalidTransition,
                $"{Id} can't be closed until every change is in Review or Closed (or canceled); not yet: {string.Join(", ", pending)}.");
        }

        string text = TextRules.MultiLine(notes);
        if (TextRules.Check("notes", text, ReleaseLimits.NotesMaxLength, required: false) is { } error)
        {
            return new DomainResult(error);
        }

        _state = _state with { State = ReleaseState.Closed, ClosedAt = context.At };
        Record(context, AuditActions.Closed, text.Length == 0 ? null : text, StateChange(ReleaseState.Deploying, ReleaseState.Closed));
        return DomainResult.Ok;
    }

    /// <summary>Planning or Building → Canceled; its changes are free to join another release.</summary>
    public DomainResult Cancel(string? reason, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ReleaseStates.IsEditable(State))
        {
            return Refused("canceled", State == ReleaseState.Deploying ? "close it once its changes are reviewed" : null);
        }

        string text = TextRules.MultiLine(reason);
        if (TextRules.Check("reason", text, ReleaseLimits.ReasonMaxLength, required: false) is { } error)
        {
            return new DomainResult(error);
        }

        ReleaseState from = State;
        _state = _state with { State = ReleaseState.Canceled, ClosedAt = context.At };
        Record(context, AuditActions.Canceled, text.Length == 0 ? null : text, StateChange(from, ReleaseState.Canceled));
        return DomainResult.Ok;
    }

    private DomainResult Advance(ReleaseState from, ReleaseState to, string action, string verb, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != from)
        {
            return Refused(verb, (from, State) switch
            {
                (ReleaseState.Building, ReleaseState.Planning) => $"build it first (`release build {Id}`)",
                _ => null,
            });
        }

        if (_state.Changes.Count == 0)
        {
            return DomainResult.Refused(DomainErrorCodes.InvalidTransition,
                $"{Id} has no changes, so it can't be {verb}: add one with `release add {Id} <change id>`.");
        }

        _state = to == ReleaseState.Deploying ? _state with { State = to, DeployedAt = context.At } : _state with { State = to };
        Record(context, action, null, StateChange(from, to));
        return DomainResult.Ok;
    }
}
