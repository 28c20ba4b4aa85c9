using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>A page of a release listing; <see cref="ContinuationToken"/> comes from the previous page.</summary>
public sealed record ReleaseQuery(ReleaseListKind Kind, int PageSize)
{
    public const int MaxPageSize = 100;

    /// <summary>The change of a <see cref="ReleaseListKind.HoldingChange"/> listing.</summary>
    public TicketId? Change { get; init; }

    public string? ContinuationToken { get; init; }
}
