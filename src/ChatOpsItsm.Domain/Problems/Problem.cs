using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Problems;

/// <summary>
/// A problem (the cause of one or more incidents) and its lifecycle (SPEC §2): New → Root Cause Analysis → Known Error
/// → Resolved → Closed. It keeps the ids of the incidents it explains. Every accepted change appends an
/// <see cref="AuditEvent"/> to <see cref="PendingEvents"/>, which storage writes with the record. A refused change
/// returns the reason and leaves the problem untouched.
/// </summary>
public sealed partial class Problem
{
    private readonly List<AuditEvent> _pendingEvents = [];
    private ProblemSnapshot _state;

    private Problem(ProblemSnapshot state) => _state = state;

    public TicketId Id => _state.Id;

    public string Title => _state.Title;

    public string Service => _state.Service;

    public ProblemState State => _state.State;

    /// <summary>The linked incidents, in the order they were linked.</summary>
    public IReadOnlyList<TicketId> Incidents => _state.Incidents;

    public string? RootCause => _state.RootCause;

    public string? Workaround => _state.Workaround;

    public string? Resolution => _state.Resolution;

    public UserIdentity Requester => _state.Requester;

    public string RequesterName => _state.RequesterName;

    public DateTimeOffset CreatedAt => _state.CreatedAt;

    public DateTimeOffset UpdatedAt => _state.UpdatedAt;

    /// <summary>Changes made since the problem was loaded or raised, oldest first, not yet stored.</summary>
    public IReadOnlyList<AuditEvent> PendingEvents => _pendingEvents;

    /// <summary>Raises a new problem in New from a valid draft.</summary>
    /// <returns>The problem, or the problems with the draft.</returns>
    public static (Problem? Problem, IReadOnlyList<DomainError> Errors) Raise(TicketId id, ProblemDraft draft, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        if (id.Type != TicketType.Problem)
        {
            throw new ArgumentException($"{id} is not a problem id.", nameof(id));
        }

        IReadOnlyList<DomainError> errors = draft.Validate();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        ProblemSnapshot state = new(
            id, TextRules.SingleLine(draft.Title), TextRules.SingleLine(draft.Service), ProblemState.New, [.. draft.Incidents.Distinct()],
            null, null, null, context.Actor, context.ActorName, context.Channel, context.At, context.At, null, null, null, 0);
        Problem problem = new(state);
        problem.Record(context, AuditActions.Raised, null,
            Field("state", null, ProblemStates.DisplayName(ProblemState.New)),
            Field("title", null, state.Title),
            Field("service", null, state.Service),
            Field("incidents", null, state.Incidents.Count == 0 ? null : string.Join(',', state.Incidents)));
        return (problem, []);
    }

    public static Problem FromSnapshot(ProblemSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Problem(snapshot);
    }

    public ProblemSnapshot ToSnapshot() => _state;

    /// <summary>Forgets the pending events once storage has written them.</summary>
    public void MarkEventsStored() => _pendingEvents.Clear();

    private static FieldChange Field(string field, string? oldValue, string? newValue) => new(field, oldValue, newValue);

    private void Record(ActionContext context, string action, string? text, params FieldChange[] changes)
    {
        _state = _state with { UpdatedAt = context.At, EventCount = _state.EventCount + 1 };
        _pendingEvents.Add(new AuditEvent(
            _state.Id, _state.EventCount, context.At, context.Actor, context.ActorName, context.Channel, action, changes, text));
    }
}
