using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Incidents;

public sealed partial class Incident
{
    /// <summary>
    /// Gives the incident to <paramref name="assignee"/>. A New incident moves to In Progress and its
    /// response is met; an In Progress or On Hold one changes hands and keeps its state.
    /// </summary>
    public DomainResult Assign(UserIdentity assignee, string assigneeName, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State is not (IncidentState.New or IncidentState.InProgress or IncidentState.OnHold))
        {
            return Refused("assigned", State == IncidentState.Resolved ? "reopen it first" : null);
        }

        if (_state.Assignee == assignee)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{Id} is already assigned to {_state.AssigneeName}.");
        }

        string cleaned = TextRules.SingleLine(assigneeName);
        string name = cleaned.Length == 0 ? assignee.Id : cleaned;
        IncidentState oldState = State;
        IncidentState newState = oldState == IncidentState.New ? IncidentState.InProgress : oldState;
        FieldChange assigneeChange = Change("assignee", _state.Assignee?.ToString(), assignee.ToString());
        _state = _state with
        {
            Assignee = assignee,
            AssigneeName = name,
            State = newState,
            RespondedAt = _state.RespondedAt ?? context.At,
        };
        FieldChange[] changes = oldState == newState
            ? [assigneeChange]
            : [assigneeChange, StateChange(oldState, newState)];
        Record(context, AuditActions.Assigned, name, changes);
        return DomainResult.Ok;
    }

    /// <summary>Adds a work note. Allowed until the incident is Closed or Canceled.</summary>
    public DomainResult AddNote(string text, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IncidentStates.IsFinal(State))
        {
            return Refused("given a note", "open a new incident instead");
        }

        string note = TextRules.MultiLine(text);
        if (TextRules.Check("note", note, IncidentLimits.NoteMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        Record(context, AuditActions.NoteAdded, note);
        return DomainResult.Ok;
    }

    /// <summary>In Progress → On Hold. Waiting on the requester pauses the SLA clocks until the incident moves on.</summary>
    public DomainResult PutOnHold(HoldReason reason, string text, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != IncidentState.InProgress)
        {
            return Refused("put on hold", State == IncidentState.New ? "assign it first" : null);
        }

        if (!Enum.IsDefined(reason))
        {
            return DomainResult.Refused(DomainErrorCodes.Validation, "The hold reason must be requester, vendor or change.");
        }

        string note = TextRules.MultiLine(text);
        if (TextRules.Check("reason", note, IncidentLimits.ReasonMaxLength, required: false) is { } error)
        {
            return new DomainResult(error);
        }

        _state = _state with
        {
            State = IncidentState.OnHold,
            HoldReason = reason,
            SlaClock = reason == Incidents.HoldReason.AwaitingRequester ? _state.SlaClock.Pause(context.At) : _state.SlaClock,
        };
        Record(context, AuditActions.PutOnHold, note.Length == 0 ? null : note,
            StateChange(IncidentState.InProgress, IncidentState.OnHold),
            Change("holdReason", null, reason.ToString()));
        return DomainResult.Ok;
    }

    /// <summary>On Hold → In Progress; a paused SLA clock runs again.</summary>
    public DomainResult Resume(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != IncidentState.OnHold)
        {
            return Refused("resumed", null);
        }

        HoldReason? previous = _state.HoldReason;
        LeaveHold(context);
        _state = _state with { State = IncidentState.InProgress };
        Record(context, AuditActions.Resumed, null, WithHoldCleared(previous, StateChange(IncidentState.OnHold, IncidentState.InProgress)));
        return DomainResult.Ok;
    }

    /// <summary>In Progress or On Hold → Resolved, with what fixed it.</summary>
    public DomainResult Resolve(string resolution, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State is not (IncidentState.InProgress or IncidentState.OnHold))
        {
            return Refused("resolved", State == IncidentState.New ? "assign it first" : null);
        }

        string text = TextRules.MultiLine(resolution);
        if (TextRules.Check("resolution", text, IncidentLimits.ResolutionMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        IncidentState oldState = State;
        HoldReason? previous = _state.HoldReason;
        LeaveHold(context);
        _state = _state with
        {
            State = IncidentState.Resolved,
            Resolution = text,
            ResolvedAt = context.At,
            Major = _state.Major is { } major ? major with { EndedAt = context.At, MitigatedAt = major.MitigatedAt ?? context.At } : null,
        };
        Record(context, AuditActions.Resolved, text, WithHoldCleared(previous, StateChange(oldState, IncidentState.Resolved)));
        return DomainResult.Ok;
    }

    /// <summary>Resolved → Closed: confirmed fixed, or quiet for the auto-close period.</summary>
    public DomainResult Close(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != IncidentState.Resolved)
        {
            return Refused("closed", IncidentStates.IsOpen(State) ? "resolve it first" : null);
        }

        _state = _state with { State = IncidentState.Closed, ClosedAt = context.At };
        Record(context, AuditActions.Closed, null, StateChange(IncidentState.Resolved, IncidentState.Closed));
        return DomainResult.Ok;
    }

    /// <summary>Resolved → In Progress, because the fix did not hold. A reason is required.</summary>
    public DomainResult Reopen(string reason, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != IncidentState.Resolved)
        {
            return Refused("reopened", null);
        }

        string text = TextRules.MultiLine(reason);
        if (TextRules.Check("reason", text, IncidentLimits.ReasonMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        _state = _state with
        {
            State = IncidentState.InProgress,
            Resolution = null,
            ResolvedAt = null,
            ReopenCount = _state.ReopenCount + 1,

            // A major incident that comes back runs its cadence again from now, and its impact is back: it is not
            // mitigated until someone says so again (the earlier mitigation stays on the timeline).
            Major = _state.Major is { } major
                ? major with
                {
                    EndedAt = null,
                    Summary = null,
                    MitigatedAt = null,
                    CadenceFrom = context.At,
                    RemindersSent = 0,
                    LastReminderAt = null,
                    SnoozedUntil = null,
                }
                : null,
        };
        Record(context, AuditActions.Reopened, text, StateChange(IncidentState.Resolved, IncidentState.InProgress));
        return DomainResult.Ok;
    }

    /// <summary>Any open state → Canceled: reported by mistake or a duplicate.</summary>
    public DomainResult Cancel(string? reason, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IncidentStates.IsOpen(State))
        {
            return Refused("canceled", null);
        }

        string text = TextRules.MultiLine(reason);
        if (TextRules.Check("reason", text, IncidentLimits.ReasonMaxLength, required: false) is { } error)
        {
            return new DomainResult(error);
        }

        IncidentState oldState = State;
        HoldReason? previous = _state.HoldReason;
        LeaveHold(context);
        _state = _state with
        {
            State = IncidentState.Canceled,
            ClosedAt = context.At,
            Major = _state.Major is { } major ? major with { EndedAt = major.EndedAt ?? context.At } : null,
        };
        Record(context, AuditActions.Canceled, text.Length == 0 ? null : text,
            WithHoldCleared(previous, StateChange(oldState, IncidentState.Canceled)));
        return DomainResult.Ok;
    }

    private static FieldChange StateChange(IncidentState from, IncidentState to) =>
        Change("state", IncidentStates.DisplayName(from), IncidentStates.DisplayName(to));

    private void LeaveHold(ActionContext context) =>
        _state = _state with { HoldReason = null, SlaClock = _state.SlaClock.Resume(context.At) };

    private static FieldChange[] WithHoldCleared(HoldReason? previous, FieldChange stateChange) =>
        previous is { } reason ? [stateChange, Change("holdReason", reason.ToString(), null)] : [stateChange];

    private DomainResult Refused(string verb, string? hint)
    {
        string message = $"{Id} is {IncidentStates.DisplayName(State)}, so it can't be {verb}"
            + (hint is null ? "." : $": {hint}.");
        return DomainResult.Refused(DomainErrorCodes.InvalidTransition, message);
    }
}
