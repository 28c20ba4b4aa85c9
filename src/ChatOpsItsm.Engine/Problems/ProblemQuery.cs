using ChatOpsItsm.Domain.Tickets;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>A page of a problem listing; <see cref="ContinuationToken"/> comes from the previous page.</summary>
public sealed record ProblemQuery(ProblemListKind Kind, int PageSize)
{
    public const int MaxPageSize = 100;

    /// <summary>The service of <see cref="ProblemListKind.KnownErrorsOnService"/>, any case.</summary>
    public string? Service { get; init; }

    /// <summary>The incident of <see cref="ProblemListKind.ForIncident"/>.</summary>
    public TicketId? Incident { get; init; }

    public string? ContinuationToken { get; init; }
}
