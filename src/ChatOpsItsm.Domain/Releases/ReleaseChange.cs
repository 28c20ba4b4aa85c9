using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Releases;

/// <summary>A change in a release: its id, and its title as it was when added (the card shows it without reading the change).</summary>
public sealed record ReleaseChange(TicketId Id, string Title);
