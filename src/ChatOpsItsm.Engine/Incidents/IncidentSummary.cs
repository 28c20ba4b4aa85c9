using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>One line of a listing, read from an index entry (no second read of the record).</summary>
public sealed record IncidentSummary(
    TicketId Id,
    string Title,
    string Service,
    Priority Priority,
    IncidentState State,
    UserIdentity Requester,
    string RequesterName,
    UserIdentity? Assignee,
    string? AssigneeName,
    DateTimeOffset UpdatedAt);
