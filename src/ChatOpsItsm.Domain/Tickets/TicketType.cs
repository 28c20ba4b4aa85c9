namespace ChatOpsItsm.Domain.Tickets;

/// <summary>The kinds of ITIL record, each with its own id prefix and sequence.</summary>
public enum TicketType
{
    Incident,
    Problem,
    Change,
    Release,
    Request,
}
