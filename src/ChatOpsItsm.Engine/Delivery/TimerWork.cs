using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Timers;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// A timer on a ticket. It fires at <see cref="OutboundWork.NotBefore"/> and re-reads the ticket before doing
/// anything: a ticket that moved on since the timer was set gets no stale notice.
/// </summary>
public sealed record TimerWork(string WorkId, DateTimeOffset NotBefore, TimerKind Kind, TicketId Ticket)
    : OutboundWork(WorkId, NotBefore);
