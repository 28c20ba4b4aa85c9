using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>
/// Major incidents (SPEC §2, issue 7): declaring, roles, status updates and their cadence, the timeline, mitigation,
/// linked incidents and follow-up actions. Every step is an audit event, so the audit trail is the timeline.
/// Resolve, reopen and cancel are the incident's own (they end or restart the cadence).
/// </summary>
public sealed partial class Incident
{
    /// <summary>
    /// Promotes an open incident to a major incident with <paramref name="commander"/> in command (a New incident is
    /// assigned to them) and a status update due every <paramref name="cadence"/> from now; its war room is to open under <paramref name="warRoomParent"/>
    /// (<c>platform:conversationId</c>; null when there is nowhere to open one).
    /// </summary>
    public DomainResult DeclareMajor(RoleHolder commander, TimeSpan cadence, string? warRoomParent, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(commander);
        ArgumentNullException.ThrowIfNull(context);

        // The cadence comes from validated configuration: a bad one is a bug, thrown whatever the incident's state.
        if (cadence < MajorLimits.MinCadence)
        {
            throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "A status update cadence must be at least a second.");
        }

        if (_state.Major is { } existing)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged,
                $"{Id} is already a major incident, declared {Stamp(existing.DeclaredAt)} with {existing.Commander.Name} in command.");
        }

        if (!IncidentStates.IsOpen(State))
        {
            return Refused("declared major", State == IncidentState.Resolved ? "reopen it first" : "report a new incident instead");
        }

        if (_state.PartOf is { } parent)
        {
            return DomainResult.Refused(DomainErrorCodes.InvalidTransition,
                $"{Id} is part of the major incident {parent}: post there with `major update {parent} <text>`.");
        }

        RoleHolder declarer = new(context.Actor, context.ActorName);
        RoleHolder holder = Named(commander);
        _state = _state with
        {
            Major = new MajorIncident(
                context.At, declarer, context.Channel, warRoomParent, holder, null, null, null, cadence, context.At,
                0, null, null, null, 0, null, null, null, null, [], []),
        };
        Record(context, AuditActions.Declared, null,
            Change("major", null, "declared"),
            Change("commander", null, holder.Identity.ToString()));

        // Someone is on it from the declaration: a New incident goes to its commander, so its response is met then
        // and the review's time to acknowledge is the time to declare, not the time to resolve.
        return State == IncidentState.New ? Assign(holder.Identity, holder.Name, context) : DomainResult.Ok;
    }

    /// <summary>Gives <paramref name="role"/> to <paramref name="holder"/>; refused when they already hold it.</summary>
    public DomainResult AssignMajorRole(MajorRole role, RoleHolder holder, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(context);
        if (ActiveMajor("given a role") is { } refusal)
        {
            return refusal;
        }

        MajorIncident major = _state.Major!;
        RoleHolder named = Named(holder);
        RoleHolder? current = major.Holder(role);
        if (current?.Identity == named.Identity)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{current.Name} is already {MajorRoles.DisplayName(role).ToLowerInvariant()} of {Id}.");
        }

        _state = _state with
        {
            Major = role switch
            {
                MajorRole.Commander => major with { Commander = named },
                MajorRole.Communications => major with { Communications = named },
                MajorRole.Scribe => major with { Scribe = named },
                _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
            },
        };
        Record(context, AuditActions.RoleAssigned, named.Name,
            Change(MajorRoles.Keyword(role), current?.Identity.ToString(), named.Identity.ToString()));
        return DomainResult.Ok;
    }

    /// <summary>A status update: restarts the cadence clock, clears a snooze and the reminder count.</summary>
    public DomainResult PostStatusUpdate(string text, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ActiveMajor("given a status update") is { } refusal)
        {
            return refusal;
        }

        string update = TextRules.MultiLine(text);
        if (TextRules.Check("update", update, MajorLimits.UpdateMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        MajorIncident major = _state.Major!;
        int count = major.UpdateCount + 1;
        _state = _state with
        {
            Major = major with
            {
                UpdateCount = count,
                LastUpdate = update,
                LastUpdateAt = context.At,
                CadenceFrom = context.At,
                SnoozedUntil = null,
                RemindersSent = 0,
                LastReminderAt = null,
            },
        };
        Record(context, AuditActions.StatusUpdate, update, Change("updates", Count(count - 1), Count(count)));
        return DomainResult.Ok;
    }

    /// <summary>
    /// A line on the timeline, from <c>major note</c> or a war-room message that starts with <c>!timeline</c>.
    /// Allowed until the incident is Closed or Canceled.
    /// </summary>
    public DomainResult AddTimelineEntry(string text, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_state.Major is null)
        {
            return NotMajor();
        }

        if (IncidentStates.IsFinal(State))
        {
            return Refused("given a timeline entry", null);
        }

        string entry = TextRules.MultiLine(text);
        if (TextRules.Check("timeline entry", entry, MajorLimits.TimelineEntryMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        Record(context, AuditActions.TimelineEntry, entry);
        return DomainResult.Ok;
    }

    /// <summary>Records where the war room opened; once only (a redelivered opening changes nothing).</summary>
    public DomainResult RecordWarRoom(string conversation, ActionContext context)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversation);
        ArgumentNullException.ThrowIfNull(context);
        if (_state.Major is not { } major)
        {
            return NotMajor();
        }

        if (major.WarRoom is { } open)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{Id}'s war room is already open at {open}.");
        }

        _state = _state with { Major = major with { WarRoom = conversation } };
        Record(context, AuditActions.WarRoomOpened, null, Change("warRoom", null, conversation));
        return DomainResult.Ok;
    }

    /// <summary>
    /// Claims the reminder due at <see cref="MajorIncident.NextUpdateDueAt"/>: refused until then, so several
    /// instances firing the same timer record one reminder per interval between them.
    /// </summary>
    public DomainResult RecordCadenceReminder(string remindedNames, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ActiveMajor("reminded") is { } refusal)
        {
            return refusal;
        }

        MajorIncident major = _state.Major!;
        DateTimeOffset due = major.NextUpdateDueAt!.Value;
        if (context.At < due)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{Id}'s next status update is due {Stamp(due)}.");
        }

        int sent = major.RemindersSent + 1;
        _state = _state with { Major = major with { RemindersSent = sent, LastReminderAt = context.At } };
        Record(context, AuditActions.CadenceReminder, TextRules.SingleLine(remindedNames), Change("reminders", Count(sent - 1), Count(sent)));
        return DomainResult.Ok;
    }

    /// <summary>Holds reminders for <paramref name="period"/> from now (at most <see cref="MajorLimits.MaxSnooze"/>).</summary>
    public DomainResult SnoozeCadence(TimeSpan period, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ActiveMajor("snoozed") is { } refusal)
        {
            return refusal;
        }

        if (period <= TimeSpan.Zero || period > MajorLimits.MaxSnooze)
        {
            return DomainResult.Refused(DomainErrorCodes.Validation, "A reminder can be snoozed for up to 4 hours.");
        }

        MajorIncident major = _state.Major!;
        DateTimeOffset until = context.At + period;
        if (major.SnoozedUntil is { } snoozed && snoozed >= until)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{Id}'s reminders are already snoozed until {Stamp(snoozed)}.");
        }

        _state = _state with { Major = major with { SnoozedUntil = until } };
        Record(context, AuditActions.Snoozed, null, Change("snoozedUntil", Stamp(major.SnoozedUntil), Stamp(until)));
        return DomainResult.Ok;
    }

    /// <summary>The impact is mitigated (service restored, maybe on a workaround); once only.</summary>
    public DomainResult MarkMitigated(string text, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ActiveMajor("marked mitigated") is { } refusal)
        {
            return refusal;
        }

        MajorIncident major = _state.Major!;
        if (major.MitigatedAt is { } mitigated)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{Id} was marked mitigated {Stamp(mitigated)}.");
        }

        string note = TextRules.MultiLine(text);
        if (TextRules.Check("mitigation", note, MajorLimits.UpdateMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        _state = _state with { Major = major with { MitigatedAt = context.At } };
        Record(context, AuditActions.Mitigated, note, Change("mitigatedAt", null, Stamp(context.At)));
        return DomainResult.Ok;
    }

    /// <summary>
    /// Ends the major incident with a summary: a New incident is first taken by its commander, then it is resolved,
    /// which stops the cadence.
    /// </summary>
    public DomainResult ResolveMajor(string summary, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ActiveMajor("resolved") is { } refusal)
        {
            return refusal;
        }

        string text = TextRules.MultiLine(summary);
        if (TextRules.Check("summary", text, MajorLimits.SummaryMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        if (State == IncidentState.New)
        {
            RoleHolder commander = _state.Major!.Commander;
            DomainResult taken = Assign(commander.Identity, commander.Name, context);
            if (!taken.Succeeded)
            {
                return taken;
            }
        }

        DomainResult resolved = Resolve(text, context);
        if (resolved.Succeeded)
        {
            _state = _state with { Major = _state.Major! with { Summary = text } };
        }

        return resolved;
    }

    /// <summary>Someone joined the war room: they are on the timeline and in the review's participants.</summary>
    public DomainResult RecordJoined(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_state.Major is null)
        {
            return NotMajor();
        }

        if (IncidentStates.IsFinal(State))
        {
            return Refused("joined", null);
        }

        Record(context, AuditActions.Joined, null);
        return DomainResult.Ok;
    }

    /// <summary>Makes <paramref name="other"/> part of this major incident.</summary>
    public DomainResult LinkIncident(TicketId other, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_state.Major is not { } major)
        {
            return NotMajor();
        }

        if (other == Id || other.Type != TicketType.Incident)
        {
            return DomainResult.Refused(DomainErrorCodes.Validation, $"{other} can't be linked to {Id}: name another incident.");
        }

        if (major.LinkedIncidents.Contains(other))
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"{other} is already linked to {Id}.");
        }

        if (major.LinkedIncidents.Count >= MajorLimits.MaxLinkedIncidents)
        {
            return DomainResult.Refused(DomainErrorCodes.Validation, $"{Id} already has {MajorLimits.MaxLinkedIncidents} linked incidents.");
        }

        _state = _state with { Major = major with { LinkedIncidents = [.. major.LinkedIncidents, other] } };
        Record(context, AuditActions.Linked, other.ToString(), Change("linkedIncidents", null, other.ToString()));
        return DomainResult.Ok;
    }

    /// <summary>Marks this incident as part of the major incident <paramref name="major"/>.</summary>
    public DomainResult JoinMajor(TicketId major, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (major == Id || major.Type != TicketType.Incident)
        {
            return DomainResult.Refused(DomainErrorCodes.Validation, $"{Id} can't be part of {major}.");
        }

        if (_state.Major is not null)
        {
            return DomainResult.Refused(DomainErrorCodes.InvalidTransition, $"{Id} is a major incident itself.");
        }

        if (_state.PartOf is { } parent)
        {
            return parent == major
                ? DomainResult.Refused(DomainErrorCodes.Unchanged, $"{Id} is already part of {major}.")
                : DomainResult.Refused(DomainErrorCodes.InvalidTransition, $"{Id} is already part of the major incident {parent}.");
        }

        _state = _state with { PartOf = major };
        Record(context, AuditActions.PartOfMajor, major.ToString(), Change("partOf", null, major.ToString()));
        return DomainResult.Ok;
    }

    /// <summary>Adds a follow-up action; allowed in any state, since reviews happen after the incident ends.</summary>
    public DomainResult AddFollowUpAction(string text, RoleHolder? owner, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_state.Major is not { } major)
        {
            return NotMajor();
        }

        string action = TextRules.SingleLine(text);
        if (TextRules.Check("action", action, MajorLimits.ActionMaxLength) is { } error)
        {
            return new DomainResult(error);
        }

        if (major.Actions.Count >= MajorLimits.MaxActions)
        {
            return DomainResult.Refused(DomainErrorCodes.Validation, $"{Id} already has {MajorLimits.MaxActions} follow-up actions.");
        }

        RoleHolder? named = owner is null ? null : Named(owner);
        FollowUpAction added = new(major.Actions.Count + 1, action, named?.Identity, named?.Name, context.At, null);
        _state = _state with { Major = major with { Actions = [.. major.Actions, added] } };
        Record(context, AuditActions.ActionAdded, action,
            Change("action", null, Count(added.Number)),
            Change("owner", null, named?.Identity.ToString()));
        return DomainResult.Ok;
    }

    /// <summary>Records that follow-up action <paramref name="number"/> became <paramref name="ticket"/> (a problem or a change).</summary>
    public DomainResult RecordActionRaised(int number, TicketId ticket, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The engine raised that ticket itself: any other type is a bug, thrown whatever the action's state.
        if (ticket.Type is not (TicketType.Problem or TicketType.Change))
        {
            throw new ArgumentException($"An action becomes a problem or a change, not {ticket}.", nameof(ticket));
        }

        if (_state.Major is not { } major)
        {
            return NotMajor();
        }

        if (number < 1 || number > major.Actions.Count)
        {
            return DomainResult.Refused(DomainErrorCodes.Validation,
                major.Actions.Count == 0 ? $"{Id} has no follow-up actions yet." : $"{Id}'s follow-up actions are numbered 1 to {major.Actions.Count}.");
        }

        FollowUpAction action = major.Actions[number - 1];
        if (action.BecameTicket is { } already)
        {
            return DomainResult.Refused(DomainErrorCodes.Unchanged, $"Action {number} of {Id} already became {already}.");
        }

        List<FollowUpAction> actions = [.. major.Actions];
        actions[number - 1] = action with { BecameTicket = ticket };
        _state = _state with { Major = major with { Actions = actions } };
        Record(context, AuditActions.ActionRaised, ticket.ToString(), Change($"action {Count(number)}", null, ticket.ToString()));
        return DomainResult.Ok;
    }

    private DomainResult? ActiveMajor(string verb)
    {
        if (_state.Major is not { } major)
        {
            return NotMajor();
        }

        return major.IsActive && IncidentStates.IsOpen(State)
            ? null
            : DomainResult.Refused(DomainErrorCodes.InvalidTransition,
                $"{Id} is {IncidentStates.DisplayName(State)}, so the major incident is over and can't be {verb}.");
    }

    private DomainResult NotMajor() => DomainResult.Refused(DomainErrorCodes.InvalidTransition,
        $"{Id} is not a major incident: declare it first with `major declare {Id}`.");

    private static RoleHolder Named(RoleHolder holder)
    {
        string name = TextRules.SingleLine(holder.Name);
        return holder with { Name = name.Length == 0 ? holder.Identity.Id : name };
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Stamp(DateTimeOffset? at) =>
        at?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
