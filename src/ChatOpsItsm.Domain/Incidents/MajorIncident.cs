using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>
/// What makes an incident major (SPEC §2, issue 7): who declared it and when, its roles, its war room, the status
/// update cadence and its reminders, mitigation and end, the incidents linked to it and its follow-up actions.
/// Stored inside the incident's record, so one conditional write changes both.
/// </summary>
/// <param name="DeclaredAt">When it was declared major.</param>
/// <param name="DeclaredBy">Who declared it.</param>
/// <param name="DeclaredIn">The conversation it was declared in, <c>platform:conversationId</c>.</param>
/// <param name="WarRoomParent">Where its war room opens (the declaring channel, or an on-call route when declared in a direct chat); null for none.</param>
/// <param name="Commander">The incident commander: the declarer unless another was named.</param>
/// <param name="Communications">The communications lead, if any.</param>
/// <param name="Scribe">The scribe, if any.</param>
/// <param name="WarRoom">The war room's conversation, <c>platform:conversationId</c>, once it is open.</param>
/// <param name="Cadence">How often a status update is due.</param>
/// <param name="CadenceFrom">The last status update, or the declaration: the cadence clock counts from it.</param>
/// <param name="UpdateCount">Status updates posted so far.</param>
/// <param name="LastUpdate">The last status update's text.</param>
/// <param name="LastUpdateAt">When it was posted.</param>
/// <param name="SnoozedUntil">Reminders wait until then.</param>
/// <param name="RemindersSent">Reminders since the last update (or declaration).</param>
/// <param name="LastReminderAt">The last reminder's instant.</param>
/// <param name="MitigatedAt">When the impact was mitigated (service restored, cause maybe not yet fixed).</param>
/// <param name="EndedAt">When it was resolved or canceled: the cadence stops.</param>
/// <param name="Summary">The summary given at resolve.</param>
/// <param name="LinkedIncidents">Other incidents that are part of this one, oldest link first.</param>
/// <param name="Actions">Follow-up actions, by number.</param>
public sealed record MajorIncident(
    DateTimeOffset DeclaredAt,
    RoleHolder DeclaredBy,
    string DeclaredIn,
    string? WarRoomParent,
    RoleHolder Commander,
    RoleHolder? Communications,
    RoleHolder? Scribe,
    string? WarRoom,
    TimeSpan Cadence,
    DateTimeOffset CadenceFrom,
    int UpdateCount,
    string? LastUpdate,
    DateTimeOffset? LastUpdateAt,
    DateTimeOffset? SnoozedUntil,
    int RemindersSent,
    DateTimeOffset? LastReminderAt,
    DateTimeOffset? MitigatedAt,
    DateTimeOffset? EndedAt,
    string? Summary,
    IReadOnlyList<TicketId> LinkedIncidents,
    IReadOnlyList<FollowUpAction> Actions)
{
    /// <summary>Still running: not resolved or canceled.</summary>
    public bool IsActive => EndedAt is null;

    /// <summary>
    /// When the next status update is due, or null once it ended: a cadence after the last update, pushed on by a
    /// snooze and, once a reminder went out, a cadence after that reminder (one reminder per interval).
    /// </summary>
    public DateTimeOffset? NextUpdateDueAt
    {
        get
        {
            if (EndedAt is not null)
            {
                return null;
            }

            DateTimeOffset due = CadenceFrom + Cadence;
            if (LastReminderAt is { } reminded && reminded + Cadence > due)
            {
                due = reminded + Cadence;
            }

            return SnoozedUntil is { } snoozed && snoozed > due ? snoozed : due;
        }
    }

    /// <summary>The holder of <paramref name="role"/>, or null.</summary>
    public RoleHolder? Holder(MajorRole role) => role switch
    {
        MajorRole.Commander => Commander,
        MajorRole.Communications => Communications,
        MajorRole.Scribe => Scribe,
        _ => null,
    };

    /// <summary>Whether <paramref name="person"/> holds any role.</summary>
    public bool HasRole(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Is(Commander.Identity)
            || (Communications is { } comms && person.Is(comms.Identity))
            || (Scribe is { } scribe && person.Is(scribe.Identity));
    }
}
