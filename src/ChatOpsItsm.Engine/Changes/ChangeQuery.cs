using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>A page of a change listing; <see cref="ContinuationToken"/> comes from the previous page.</summary>
public sealed record ChangeQuery(ChangeListKind Kind, int PageSize)
{
    public const int MaxPageSize = 100;

    public ChangeState? State { get; init; }

    public UserIdentity? Person { get; init; }

    public string? Service { get; init; }

    /// <summary>The earliest implementation start <see cref="ChangeListKind.ImplementedOnService"/> returns.</summary>
    public DateTimeOffset? Since { get; init; }

    public string? ContinuationToken { get; init; }
}
