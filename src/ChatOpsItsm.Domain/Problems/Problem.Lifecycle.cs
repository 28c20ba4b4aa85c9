using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Problems;

public sealed partial class Problem
{
    /// <summary>Links an incident to an open problem; linking one already linked is refused as unchanged.</summary>
    public DomainResult Link(TicketId incident, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequireIncident(incident);
        if (!ProblemStates.IsOpen(State))
        {
            return Refused("linked to more incidents", null);
        }

        if (_state.Incidents.Contains(incident))
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{incident} is already linked to {Id}.");
        }

        if (_state.Incidents.Count >= ProblemLimits.MaxIncidents)
        {
            return DomainResult.Refused(DomainErrorCodes.Validation,
                $"{Id} already links {ProblemLimits.MaxIncidents} incidents, the most one problem can; raise another problem.");
        }

        _state = _state with { Incidents = [.. _state.Incidents, incident] };
        Record(context, AuditActions.Linked, null, Field("incident", null, incident.ToString()));
        return DomainResult.Ok;
    }

    /// <summary>Unlinks an incident from an open problem; one not linked is refused as unchanged.</summary>
    public DomainResult Unlink(TicketId incident, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequireIncident(incident);
        if (!ProblemStates.IsOpen(State))
        {
            return Refused("changed", null);
        }

        if (!_state.Incidents.Contains(incident))
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{incident} is not linked to {Id}.");
        }

        _state = _state with { Incidents = [.. _state.Incidents.Where(i => i != incident)] };
        Record(context, AuditActions.Unlinked, null, Field("incident", incident.ToString(), null));
        return DomainResult.Ok;
    }

    /// <summary>Records the root cause: New → Root Cause Analysis; in analysis or as a known error it revises the cause.</summary>
    public DomainResult RecordRootCause(string cause, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ProblemStates.IsOpen(State))
        {
            return Refused("given a root cause", null);
        }

        string text = TextRules.MultiLine(cause);
        if (TextRules.Check("root cause", text, ProblemLimits.RootCauseMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        if (text == _state.RootCause)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{Id} already has that root cause.");
        }

        ProblemState to = State == ProblemState.New ? ProblemState.RootCauseAnalysis : State;
        List<FieldChange> changes = to == State ? [] : [StateChange(State, to)];
        changes.Add(Field("rootCause", _state.RootCause is null ? null : "revised", "recorded"));
        _state = _state with { State = to, RootCause = text };
        Record(context, AuditActions.RootCauseRecorded, text, [.. changes]);
        return DomainResult.Ok;
    }

    /// <summary>Records the workaround: New or Root Cause Analysis → Known Error; as a known error it revises the workaround.</summary>
    public DomainResult RecordWorkaround(string workaround, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ProblemStates.IsOpen(State))
        {
            return Refused("given a workaround", null);
        }

        string text = TextRules.MultiLine(workaround);
        if (TextRules.Check("workaround", text, ProblemLimits.WorkaroundMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        if (text == _state.Workaround)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{Id} already has that workaround.");
        }

        ProblemState from = State;
        List<FieldChange> changes = from == ProblemState.KnownError ? [] : [StateChange(from, ProblemState.KnownError)];
        changes.Add(Field("workaround", _state.Workaround is null ? null : "revised", "recorded"));
        _state = _state with { State = ProblemState.KnownError, Workaround = text, KnownErrorAt = _state.KnownErrorAt ?? context.At };
        Record(context, AuditActions.WorkaroundRecorded, text, [.. changes]);
        return DomainResult.Ok;
    }

    /// <summary>Root Cause Analysis or Known Error → Resolved, saying how the cause was removed. A New problem needs its root cause first.</summary>
    public DomainResult Resolve(string resolution, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State is not (ProblemState.RootCauseAnalysis or ProblemState.KnownError))
        {
            return Refused("resolved", State == ProblemState.New ? $"record its root cause first (`problem rootcause {Id} <text>`)" : null);
        }

        string text = TextRules.MultiLine(resolution);
        if (TextRules.Check("resolution", text, ProblemLimits.ResolutionMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        ProblemState from = State;
        _state = _state with { State = ProblemState.Resolved, Resolution = text, ResolvedAt = context.At };
        Record(context, AuditActions.Resolved, text, StateChange(from, ProblemState.Resolved));
        return DomainResult.Ok;
    }

    /// <summary>Resolved → Closed.</summary>
    public DomainResult Close(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != ProblemState.Resolved)
        {
            return Refused("closed", ProblemStates.IsOpen(State) ? "resolve it first" : null);
        }

        _state = _state with { State = ProblemState.Closed, ClosedAt = context.At };
        Record(context, AuditActions.Closed, null, StateChange(ProblemState.Resolved, ProblemState.Closed));
        return DomainResult.Ok;
    }

    private static void RequireIncident(TicketId incident)
    {
        if (incident.Type != TicketType.Incident)
        {
            throw new ArgumentException($"{incident} is not an incident id.", nameof(incident));
        }
    }

    private static FieldChange StateChange(ProblemState from, ProblemState to) =>
        Field("state", ProblemStates.DisplayName(from), ProblemStates.DisplayName(to));

    private DomainResult Refused(string verb, string? hint)
    {
        string message = $"{Id} is {ProblemStates.Phrase(State)}, so it can't be {verb}" + (hint is null ? "." : $": {hint}.");
        return DomainResult.Refused(DomainErrorCodes.InvalidTransition, message);
    }
}
