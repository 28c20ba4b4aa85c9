using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>
/// An incident and its lifecycle (SPEC §2): New → In Progress ⇄ On Hold → Resolved → Closed;
/// Resolved → In Progress (reopen); any open state → Canceled. Every accepted change appends an
/// <see cref="AuditEvent"/> to <see cref="PendingEvents"/>, which storage writes with the record.
/// A refused change returns the reason and leaves the incident untouched.
/// </summary>
public sealed partial class Incident
{
    private readonly List<AuditEvent> _pendingEvents = [];
    private IncidentSnapshot _state;

    private Incident(IncidentSnapshot state) => _state = state;

    public TicketId Id => _state.Id;

    public string Title => _state.Title;

    public string Description => _state.Description;

    public string Service => _state.Service;

    public Impact Impact => _state.Impact;

    public Urgency Urgency => _state.Urgency;

    public Priority Priority => PriorityMatrix.Of(_state.Impact, _state.Urgency);

    public IncidentState State => _state.State;

    public UserIdentity Requester => _state.Requester;

    public string RequesterName => _state.RequesterName;

    public UserIdentity? Assignee => _state.Assignee;

    public string? AssigneeName => _state.AssigneeName;

    public DateTimeOffset CreatedAt => _state.CreatedAt;

    public DateTimeOffset UpdatedAt => _state.UpdatedAt;

    public DateTimeOffset? RespondedAt => _state.RespondedAt;

    public DateTimeOffset? ResolvedAt => _state.ResolvedAt;

    /// <summary>When the incident was Closed or Canceled; null while it can still change.</summary>
    public DateTimeOffset? ClosedAt => _state.ClosedAt;

    public string? Resolution => _state.Resolution;

    public HoldReason? HoldReason => _state.HoldReason;

    public SlaTarget SlaTarget => _state.SlaTarget;

    public SlaClock SlaClock => _state.SlaClock;

    /// <summary>The major incident this one became, or null while it is a routine incident.</summary>
    public MajorIncident? Major => _state.Major;

    /// <summary>The major incident this one is part of, if it was linked to one.</summary>
    public TicketId? PartOf => _state.PartOf;

    /// <summary>Changes made since the incident was loaded or reported, oldest first, not yet stored.</summary>
    public IReadOnlyList<AuditEvent> PendingEvents => _pendingEvents;

    /// <summary>Opens a new incident from a complete draft, with SLA targets for its priority.</summary>
    /// <returns>The incident, or the problems with the draft.</returns>
    public static (Incident? Incident, IReadOnlyList<DomainError> Errors) Report(
        TicketId id, IncidentDraft draft, SlaPolicy slaPolicy, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(slaPolicy);
        ArgumentNullException.ThrowIfNull(context);
        if (id.Type != TicketType.Incident)
        {
            throw new ArgumentException($"{id} is not an incident id.", nameof(id));
        }

        IReadOnlyList<DomainError> errors = draft.Validate();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        Priority priority = PriorityMatrix.Of(draft.Impact, draft.Urgency);
        IncidentSnapshot state = new(
            id, TextRules.SingleLine(draft.Title), TextRules.MultiLine(draft.Description), TextRules.SingleLine(draft.Service),
            draft.Impact, draft.Urgency, IncidentState.New, context.Actor, context.ActorName, null, null,
            context.Channel, context.At, context.At, null, null, null, null, null,
            slaPolicy.For(priority), SlaClock.StartAt(context.At), 0, 0);
        Incident incident = new(state);
        incident.Record(context, AuditActions.Reported, null,
            Change("state", null, IncidentStates.DisplayName(IncidentState.New)),
            Change("priority", null, priority.ToString()),
            Change("title", null, state.Title),
            Change("service", null, state.Service));
        return (incident, []);
    }

    public static Incident FromSnapshot(IncidentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Incident(snapshot);
    }

    public IncidentSnapshot ToSnapshot() => _state;

    /// <summary>Forgets the pending events once storage has written them.</summary>
    public void MarkEventsStored() => _pendingEvents.Clear();

    /// <summary>When the response target falls due, as seen at <paramref name="now"/>; paused time moves it on.</summary>
    public DateTimeOffset ResponseDueAt(DateTimeOffset now) => _state.SlaClock.DueAt(_state.SlaTarget.Response, now);

    public DateTimeOffset ResolutionDueAt(DateTimeOffset now) => _state.SlaClock.DueAt(_state.SlaTarget.Resolution, now);

    private static FieldChange Change(string field, string? oldValue, string? newValue) => new(field, oldValue, newValue);

    private void Record(ActionContext context, string action, string? text, params FieldChange[] changes)
    {
        _state = _state with { UpdatedAt = context.At, EventCount = _state.EventCount + 1 };
        _pendingEvents.Add(new AuditEvent(
            _state.Id, _state.EventCount, context.At, context.Actor, context.ActorName, context.Channel, action, changes, text));
    }
}
