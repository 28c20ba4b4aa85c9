using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Releases;

/// <summary>
/// A release: a set of approved changes deployed as one unit (SPEC §2), Planning → Building → Deploying → Closed, and
/// Planning or Building → Canceled. Changes are added and removed while Planning or Building. Every accepted step
/// appends an <see cref="AuditEvent"/> to <see cref="PendingEvents"/>; a refused one returns the reason and changes nothing.
/// </summary>
public sealed partial class Release
{
    private readonly List<AuditEvent> _pendingEvents = [];
    private ReleaseSnapshot _state;

    private Release(ReleaseSnapshot state) => _state = state;

    public TicketId Id => _state.Id;

    public string Title => _state.Title;

    /// <summary>The service it delivers to; empty when not given.</summary>
    public string Service => _state.Service;

    /// <summary>The planned deployment window; null when not given.</summary>
    public ChangeWindow? Window => _state.Window;

    public ReleaseState State => _state.State;

    /// <summary>Its changes, in the order they were added.</summary>
    public IReadOnlyList<ReleaseChange> Changes => _state.Changes;

    /// <summary>Who raised it, and hears of its progress.</summary>
    public UserIdentity Owner => _state.Owner;

    public string OwnerName => _state.OwnerName;

    public DateTimeOffset CreatedAt => _state.CreatedAt;

    public DateTimeOffset UpdatedAt => _state.UpdatedAt;

    /// <summary>Changes made since the release was loaded or created, oldest first, not yet stored.</summary>
    public IReadOnlyList<AuditEvent> PendingEvents => _pendingEvents;

    /// <summary>Raises a new release in Planning, with no changes yet.</summary>
    /// <returns>The release, or the problems with the draft.</returns>
    public static (Release? Release, IReadOnlyList<DomainError> Errors) Create(TicketId id, ReleaseDraft draft, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        if (id.Type != TicketType.Release)
        {
            throw new ArgumentException($"{id} is not a release id.", nameof(id));
        }

        IReadOnlyList<DomainError> errors = draft.Validate();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        ChangeWindow? window = draft.PlannedStart is { } start && draft.PlannedEnd is { } end ? new ChangeWindow(start, end) : null;
        Release release = new(new ReleaseSnapshot(
            id, TextRules.SingleLine(draft.Title), TextRules.SingleLine(draft.Service), window, ReleaseState.Planning, [],
            context.Actor, context.ActorName, context.Channel, context.At, context.At, null, null, 0));
        release.Record(context, AuditActions.Planned, null,
            Field("state", null, ReleaseStates.DisplayName(ReleaseState.Planning)),
            Field("title", null, release.Title),
            Field("service", null, release.Service.Length == 0 ? null : release.Service),
            Field("start", null, window is { } w ? Stamp(w.Start) : null),
            Field("end", null, window is { } w2 ? Stamp(w2.End) : null));
        return (release, []);
    }

    public static Release FromSnapshot(ReleaseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Release(snapshot);
    }

    public ReleaseSnapshot ToSnapshot() => _state;

    /// <summary>Forgets the pending events once storage has written them.</summary>
    public void MarkEventsStored() => _pendingEvents.Clear();

    /// <summary>Whether <paramref name="change"/> is one of its changes.</summary>
    public bool Contains(TicketId change) => _state.Changes.Any(c => c.Id == change);

    private static FieldChange Field(string field, string? oldValue, string? newValue) => new(field, oldValue, newValue);

    private static string Stamp(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static FieldChange StateChange(ReleaseState from, ReleaseState to) =>
        Field("state", ReleaseStates.DisplayName(from), ReleaseStates.DisplayName(to));

    private DomainResult Refused(string verb, string? hint) => DomainResult.Refused(
        DomainErrorCodes.InvalidTransition,
        $"{Id} is {ReleaseStates.Phrase(State)}, so it can't be {verb}" + (hint is null ? "." : $": {hint}."));

    private void Record(ActionContext context, string action, string? text, params FieldChange[] changes)
    {
        _state = _state with { UpdatedAt = context.At, EventCount = _state.EventCount + 1 };
        _pendingEvents.Add(new AuditEvent(
            _state.Id, _state.EventCount, context.At, context.Actor, context.ActorName, context.Channel, action,
            [.. changes.Where(c => c.OldValue is not null || c.NewValue is not null)], text));
    }
}
