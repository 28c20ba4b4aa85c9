using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Changes;

/// <summary>Another change's planned window on a service, as a listing gives it, for <see cref="ChangeCalendar.Overlapping"/>.</summary>
public sealed record ScheduledChange(TicketId Id, string Title, string Service, ChangeWindow Window);
