using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>
/// A change (an RFC) and its lifecycle (SPEC §2): Draft → Authorize → Scheduled → Implementing → Review → Closed;
/// Authorize → Rejected; Implementing → Failed → Review; Draft, Authorize or Scheduled → Canceled. A standard
/// change skips Authorize. Every accepted change appends an <see cref="AuditEvent"/> to <see cref="PendingEvents"/>,
/// which storage writes with the record. A refused change returns the reason and leaves the change untouched.
/// </summary>
public sealed partial class Change
{
    private readonly List<AuditEvent> _pendingEvents = [];
    private ChangeSnapshot _state;

    private Change(ChangeSnapshot state) => _state = state;

    public TicketId Id => _state.Id;

    public string Title => _state.Title;

    public string Description => _state.Description;

    public ChangeType Type => _state.Type;

    public ChangeRisk Risk => _state.Risk;

    public Impact Impact => _state.Impact;

    public string Service => _state.Service;

    public ChangeWindow PlannedWindow => _state.PlannedWindow;

    public string ImplementationPlan => _state.ImplementationPlan;

    public string RollbackPlan => _state.RollbackPlan;

    public string? TemplateName => _state.TemplateName;

    public ChangeState State => _state.State;

    public UserIdentity Requester => _state.Requester;

    public string RequesterName => _state.RequesterName;

    /// <summary>The implementer.</summary>
    public UserIdentity? Assignee => _state.Assignee;

    public string? AssigneeName => _state.AssigneeName;

    public DateTimeOffset CreatedAt => _state.CreatedAt;

    public DateTimeOffset UpdatedAt => _state.UpdatedAt;

    /// <summary>When implementation started (Scheduled → Implementing); null before.</summary>
    public DateTimeOffset? StartedAt => _state.StartedAt;

    /// <summary>The incidents linked to the change as possibly caused by it, in the order linked.</summary>
    public IReadOnlyList<TicketId> LinkedIncidents => _state.LinkedIncidents;

    /// <summary>The vote; null before submission and for a standard change.</summary>
    public ChangeVoting? Voting => _state.Voting;

    /// <summary>Where the vote stands, for the vote card; null when there is no vote.</summary>
    public VoteTally? Tally => _state.Voting?.Tally;

    /// <summary>Changes made since the change was loaded or created, oldest first, not yet stored.</summary>
    public IReadOnlyList<AuditEvent> PendingEvents => _pendingEvents;

    /// <summary>Raises a new change in Draft from a complete draft.</summary>
    /// <returns>The change, or the problems with the draft.</returns>
    public static (Change? Change, IReadOnlyList<DomainError> Errors) Create(TicketId id, ChangeDraft draft, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        if (id.Type != TicketType.Change)
        {
            throw new ArgumentException($"{id} is not a change id.", nameof(id));
        }

        IReadOnlyList<DomainError> errors = draft.Validate();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        ChangeSnapshot state = Apply(new ChangeSnapshot(
            id, "", "", draft.Type, draft.Risk, draft.Impact, "", new ChangeWindow(draft.PlannedStart!.Value, draft.PlannedEnd!.Value),
            "", "", null, ChangeState.Draft, context.Actor, context.ActorName, null, null, context.Channel,
            context.At, context.At, null, null, null, null, null, null, 0, []), draft);
        Change change = new(state);
        change.Record(context, AuditActions.Drafted, null,
            Field("state", null, ChangeStates.DisplayName(ChangeState.Draft)),
            Field("type", null, state.Type.ToString()),
            Field("risk", null, state.Risk.ToString()),
            Field("title", null, state.Title),
            Field("service", null, state.Service),
            Field("start", null, Stamp(state.PlannedWindow.Start)),
            Field("end", null, Stamp(state.PlannedWindow.End)));
        return (change, []);
    }

    public static Change FromSnapshot(ChangeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Change(snapshot);
    }

    public ChangeSnapshot ToSnapshot() => _state;

    /// <summary>Forgets the pending events once storage has written them.</summary>
    public void MarkEventsStored() => _pendingEvents.Clear();

    /// <summary>The draft's values, normalised, over <paramref name="state"/>; the draft must be valid.</summary>
    private static ChangeSnapshot Apply(ChangeSnapshot state, ChangeDraft draft)
    {
        string template = TextRules.SingleLine(draft.TemplateName);
        return state with
        {
            Title = TextRules.SingleLine(draft.Title),
            Description = TextRules.MultiLine(draft.Description),
            Type = draft.Type,
            Risk = draft.Risk,
            Impact = draft.Impact,
            Service = TextRules.SingleLine(draft.Service),
            PlannedWindow = new ChangeWindow(draft.PlannedStart!.Value, draft.PlannedEnd!.Value),
            ImplementationPlan = TextRules.MultiLine(draft.ImplementationPlan),
            RollbackPlan = TextRules.MultiLine(draft.RollbackPlan),
            TemplateName = draft.Type == ChangeType.Standard && template.Length > 0 ? template : null,
        };
    }

    private static FieldChange Field(string field, string? oldValue, string? newValue) => new(field, oldValue, newValue);

    /// <summary>An instant as audit values hold it: round-trip ISO 8601, in UTC.</summary>
    private static string Stamp(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private void Record(ActionContext context, string action, string? text, params FieldChange[] changes)
    {
        _state = _state with { UpdatedAt = context.At, EventCount = _state.EventCount + 1 };
        _pendingEvents.Add(new AuditEvent(
            _state.Id, _state.EventCount, context.At, context.Actor, context.ActorName, context.Channel, action, changes, text));
    }
}
