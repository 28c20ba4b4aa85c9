using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>One change of a release as its card shows it; <see cref="State"/> is null when it was not read or not found.</summary>
public sealed record ReleaseChangeStatus(TicketId Id, string Title, ChangeState? State);
