using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Audit;

/// <summary>
/// One entry of a ticket's audit trail: who, when, in which channel, what they did, and what changed.
/// <see cref="Sequence"/> numbers a ticket's events from 1 without gaps, in the order they happened.
/// </summary>
public sealed record AuditEvent(
    TicketId Ticket,
    int Sequence,
    DateTimeOffset At,
    UserIdentity Actor,
    string ActorName,
    string Channel,
    string Action,
    IReadOnlyList<FieldChange> Changes,
    string? Text);
