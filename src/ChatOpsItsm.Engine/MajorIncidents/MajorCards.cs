using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// The cards of a major incident: the war room's status board (kept current in place under
/// <see cref="BoardKey"/>), the announcement stakeholders and on-call routes get with a way to join, the overdue-update
/// reminder with its snooze buttons, and the offer to declare one for a burst of incidents on a service.
/// </summary>
public sealed class MajorCards
{
    /// <summary>The message key of an incident's status board: <c>major-board:INC-1001</c>.</summary>
    public static string BoardKey(TicketId incident) => $"major-board:{incident}";

    /// <summary>
    /// The status board: title, service, priority, state, commander and the other roles, elapsed time since the
    /// declaration, the last update and when the next is due; Join and Post-update buttons while it runs.
    /// </summary>
    public Card Board(Incident incident, DateTimeOffset now) => throw new NotImplementedException();

    /// <summary>What stakeholder and on-call routes read when it is declared: the board's facts and a Join button.</summary>
    public Reply Announcement(Incident incident, DateTimeOffset now) => throw new NotImplementedException();

    /// <summary>The overdue-update reminder, with Snooze 30 min / 1 h / 2 h buttons (<c>major.snooze</c>).</summary>
    public Reply Reminder(Incident incident, DateTimeOffset now) => throw new NotImplementedException();

    /// <summary>
    /// The offer for a burst on <paramref name="service"/>: the incidents, oldest first, and a Declare button
    /// (<c>major.declare</c> with <c>target</c> = the oldest, <c>link</c> = the others).
    /// </summary>
    public Reply BurstOffer(string service, IReadOnlyList<TicketId> incidents, TimeSpan window) => throw new NotImplementedException();
}
