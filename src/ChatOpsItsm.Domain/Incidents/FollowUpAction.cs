using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>
/// A follow-up action from a major incident's review: numbered from 1 in the order added, with an optional owner,
/// and the problem or change it became once someone raised one for it.
/// </summary>
public sealed record FollowUpAction(
    int Number,
    string Text,
    UserIdentity? Owner,
    string? OwnerName,
    DateTimeOffset AddedAt,
    TicketId? BecameTicket);
