using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>
/// Every stored field of an incident, as plain data: what storage writes and reads back.
/// <see cref="Incident.FromSnapshot"/> and <see cref="Incident.ToSnapshot"/> convert without loss.
/// <see cref="Major"/> is set once the incident is declared major; <see cref="PartOf"/> names the major incident
/// this one was linked to.
/// </summary>
public sealed record IncidentSnapshot(
    TicketId Id,
    string Title,
    string Description,
    string Service,
    Impact Impact,
    Urgency Urgency,
    IncidentState State,
    UserIdentity Requester,
    string RequesterName,
    UserIdentity? Assignee,
    string? AssigneeName,
    string Channel,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    string? Resolution,
    HoldReason? HoldReason,
    SlaTarget SlaTarget,
    SlaClock SlaClock,
    int ReopenCount,
    int EventCount,
    MajorIncident? Major = null,
    TicketId? PartOf = null);
