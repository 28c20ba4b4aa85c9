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
    DateTimeOffset UpdatedAt)
{
    /// <summary>When it was reported.</summary>
    public DateTimeOffset ReportedAt { get; init; }

    /// <summary>Whether it was declared a major incident.</summary>
    public bool IsMajor { get; init; }

    /// <summary>The major incident it is part of, if any.</summary>
    public TicketId? PartOf { get; init; }
}
