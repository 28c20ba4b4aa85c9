using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>One line of a request listing, read from an index entry (no second read of the record).</summary>
public sealed record RequestSummary(
    TicketId Id,
    string ItemKey,
    string ItemLabel,
    RequestState State,
    UserIdentity Requester,
    string RequesterName,
    string? AssigneeName,
    DateTimeOffset UpdatedAt);
