using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>A page of a request listing; <see cref="ContinuationToken"/> comes from the previous page.</summary>
public sealed record RequestQuery(RequestListKind Kind, int PageSize)
{
    public const int MaxPageSize = 100;

    public UserIdentity? Person { get; init; }

    public string? ContinuationToken { get; init; }
}
