using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Domain.Problems;

/// <summary>
/// Every stored field of a problem, as plain data: what storage writes and reads back. <see cref="Problem.FromSnapshot"/>
/// and <see cref="Problem.ToSnapshot"/> convert without loss. <c>Incidents</c> are the linked incidents in the order
/// linked; <c>RootCause</c>, <c>Workaround</c> and <c>Resolution</c> are null until recorded.
/// </summary>
public sealed record ProblemSnapshot(
    TicketId Id,
    string Title,
    string Service,
    ProblemState State,
    IReadOnlyList<TicketId> Incidents,
    string? RootCause,
    string? Workaround,
    string? Resolution,
    UserIdentity Requester,
    string RequesterName,
    string Channel,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? KnownErrorAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    int EventCount);
