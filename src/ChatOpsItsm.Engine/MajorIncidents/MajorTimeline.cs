using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// The review's timeline: the audit trail, one readable sentence per event (the audit trail is the timeline), in
/// sequence order: "- 2026-11-28 14:02:11 UTC — **Alice** declared a major incident (commander: Bob)".
/// </summary>
internal sealed class MajorTimeline
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <param name="incident">The major incident, whose role holders and action owners name identities.</param>
    /// <param name="history">Its audit trail, whose actors and role changes name the rest.</param>
    public MajorTimeline(Incident incident, IReadOnlyList<AuditEvent> history)
    {
        MajorIncident major = incident.Major!;
        foreach (RoleHolder holder in new[] { major.DeclaredBy, major.Commander, major.Communications, major.Scribe }.OfType<RoleHolder>())
        {
            _names.TryAdd(holder.Identity.ToString(), holder.Name);
        }

        foreach (FollowUpAction action in major.Actions.Where(a => a.Owner is not null && a.OwnerName is not null))
        {
            _names.TryAdd(action.Owner!.Value.ToString(), action.OwnerName!);
        }

        foreach (AuditEvent e in history)
        {
            _names.TryAdd(e.Actor.ToString(), e.ActorName);
            if (e.Action == AuditActions.RoleAssigned && e.Text is { } name && e.Changes is [{ NewValue: { } holder }, ..])
            {
                _names.TryAdd(holder, name);
            }
        }
    }

    /// <summary>The name an identity went by here, or the identity itself.</summary>
    public string NameOf(string? identity) => identity is null ? "nobody" : _names.GetValueOrDefault(identity, identity);

    /// <summary>One list item.</summary>
    public string Line(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return $"- {ReviewMarkdown.Stamp(e.At)} — **{ReviewMarkdown.Inline(e.ActorName)}** {Sentence(e)}";
    }

    private string Sentence(AuditEvent e)
    {
        string text = ReviewMarkdown.Inline(e.Text);
        string said = text.Length == 0 ? "" : $": {text}";
        return e.Action switch
        {
            AuditActions.Reported => $"reported the incident ({Value(e, "priority")}, service {ReviewMarkdown.Inline(Value(e, "service"))})",
            AuditActions.Assigned when Value(e, "assignee") == e.Actor.ToString() => "took the incident" + StateChange(e),
            AuditActions.Assigned => $"assigned the incident to {text}{StateChange(e)}",
            AuditActions.NoteAdded => $"added a note{said}",
            AuditActions.PutOnHold => $"put the incident on hold ({Value(e, "holdReason")}){said}",
            AuditActions.Resumed => "resumed work on the incident",
            AuditActions.Resolved => $"resolved the incident{said}",
            AuditActions.Closed => "closed the incident",
            AuditActions.Reopened => $"reopened the incident{said}",
            AuditActions.Canceled => $"canceled the incident{said}",
            AuditActions.Declared => $"declared a major incident (commander: {ReviewMarkdown.Inline(NameOf(Value(e, "commander")))})",
            AuditActions.RoleAssigned => Role(e, text),
            AuditActions.StatusUpdate => $"posted status update{Count(Value(e, "updates"))}{said}",
            AuditActions.TimelineEntry => $"added to the timeline{said}",
            AuditActions.WarRoomOpened => "opened the war room",
            AuditActions.CadenceReminder => $"reminded {(text.Length == 0 ? "the commander" : text)} that a status update was overdue",
            AuditActions.Snoozed => $"snoozed the update reminders until {Value(e, "snoozedUntil")}",
            AuditActions.Mitigated => $"marked the impact mitigated{said}",
            AuditActions.Joined => "joined the war room",
            AuditActions.Linked => $"linked {text} to this major incident",
            AuditActions.ActionAdded => $"added follow-up action{Count(Value(e, "action"))}{said}{Owner(e)}",
            AuditActions.ActionRaised => Raised(e, text),
            _ => $"{ReviewMarkdown.Inline(e.Action)}{said}",
        };
    }

    private static string Role(AuditEvent e, string name)
    {
        FieldChange? change = e.Changes.Count > 0 ? e.Changes[0] : null;
        string role = change is not null && MajorRoles.TryParse(change.Field, out MajorRole parsed)
            ? MajorRoles.DisplayName(parsed).ToLowerInvariant()
            : "a role holder";
        return change?.NewValue == e.Actor.ToString() ? $"took the {role} role" : $"made **{name}** {role}";
    }

    private string Owner(AuditEvent e) => Value(e, "owner") is { } owner ? $" (owner: {ReviewMarkdown.Inline(NameOf(owner))})" : "";

    private static string Raised(AuditEvent e, string ticket)
    {
        FieldChange? change = e.Changes.FirstOrDefault(c => c.Field.StartsWith("action ", StringComparison.Ordinal));
        string number = change is null ? "" : Count(change.Field["action ".Length..]);
        return $"raised follow-up action{number} as {ticket}";
    }

    private static string StateChange(AuditEvent e) =>
        e.Changes.FirstOrDefault(c => c.Field == "state") is { } state ? $" ({state.OldValue} → {state.NewValue})" : "";

    private static string? Value(AuditEvent e, string field) => e.Changes.FirstOrDefault(c => c.Field == field)?.NewValue;

    /// <summary>" #2" for a stored count, nothing when there is none.</summary>
    private static string Count(string? number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? $" #{value.ToString(CultureInfo.InvariantCulture)}" : "";
}
