using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>One line of a problem listing, read from an index entry (no second read of the record); the workaround once known.</summary>
public sealed record ProblemSummary(
    TicketId Id,
    string Title,
    string Service,
    ProblemState State,
    string? Workaround,
    int IncidentCount,
    DateTimeOffset UpdatedAt);
