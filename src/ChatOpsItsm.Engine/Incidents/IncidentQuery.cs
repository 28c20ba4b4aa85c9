using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>
/// A page of a listing. <see cref="Priority"/> narrows Open, All and InState listings within their index;
/// <see cref="ContinuationToken"/> comes from the previous page.
/// </summary>
public sealed record IncidentQuery(IncidentListKind Kind, int PageSize)
{
    public const int MaxPageSize = 100;

    public IncidentState? State { get; init; }

    public Priority? Priority { get; init; }

    public UserIdentity? Person { get; init; }

    /// <summary>The service of an <see cref="IncidentListKind.OnService"/> listing, matched without regard to case.</summary>
    public string? Service { get; init; }

    public string? ContinuationToken { get; init; }
}
