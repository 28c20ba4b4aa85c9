using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Engine.Requests;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>How one record type's listings map onto its store's indexes.</summary>
/// <param name="TypeName">The <c>type</c> value: <c>request</c>.</param>
/// <param name="MaxPageSize">The store's largest page.</param>
/// <param name="All">The index of every record.</param>
/// <param name="Open">The index of the records not yet final.</param>
/// <param name="IsOpen">Whether a record in that state is in the <paramref name="Open"/> index.</param>
/// <param name="DisplayName">A state as people read it.</param>
internal sealed record ListingRules<TKind, TState>(
    string TypeName, int MaxPageSize, TKind All, TKind Open, Func<TState, bool> IsOpen, Func<TState, string> DisplayName)
    where TKind : struct, Enum
    where TState : struct, Enum
{
    /// <summary>The index of exactly the records in a state, when the store keeps one (a problem's Known Error).</summary>
    public Func<TState, TKind?> OwnIndex { get; init; } = _ => null;
}

/// <summary>
/// One listing to read: an index, the one state to keep from its pages when that state has no index of its own (null
/// keeps every entry), the page size and the continuation token of the previous page.
/// </summary>
internal sealed record IndexListing<TKind, TState>(TKind Kind, TState? Only, int PageSize, string? ContinuationToken)
    where TKind : struct, Enum
    where TState : struct, Enum
{
    /// <summary>The page's entries this listing keeps.</summary>
    public IEnumerable<T> Keep<T>(IEnumerable<T> items, Func<T, TState> state) =>
        Only is { } only ? items.Where(item => EqualityComparer<TState>.Default.Equals(state(item), only)) : items;
}

/// <summary>
/// The query string of <c>GET /api/tickets?type=request|problem|release</c> turned into an index listing. No
/// <c>state</c> reads the all index and <c>open</c> the open one; a state with its own index reads it. The stores keep
/// no index per state otherwise, so any other state reads the open index (a state still open) or the all index (a
/// final one) and keeps that state's entries page by page: such a page may hold fewer than <c>pageSize</c> items, even
/// none, with a continuation token; never a table scan.
/// </summary>
internal static class RecordListRequest
{
    public static readonly ListingRules<RequestListKind, RequestState> Requests = new(
        "request", RequestQuery.MaxPageSize, RequestListKind.All, RequestListKind.Open, state => !RequestStates.IsFinal(state), RequestStates.DisplayName);

    public static readonly ListingRules<ProblemListKind, ProblemState> Problems = new(
        "problem", ProblemQuery.MaxPageSize, ProblemListKind.All, ProblemListKind.Open, ProblemStates.IsOpen, ProblemStates.DisplayName)
    {
        OwnIndex = state => state == ProblemState.KnownError ? ProblemListKind.KnownErrors : null,
    };

    public static readonly ListingRules<ReleaseListKind, ReleaseState> Releases = new(
        "release", ReleaseQuery.MaxPageSize, ReleaseListKind.All, ReleaseListKind.Open, state => !ReleaseStates.IsFinal(state), ReleaseStates.DisplayName);

    public static (IndexListing<TKind, TState>? Listing, string? Problem) Parse<TKind, TState>(
        ListingRules<TKind, TState> rules, string? state, string? priority, string? pageSize, string? continuation)
        where TKind : struct, Enum
        where TState : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (TicketListRequest.PageProblem(pageSize, continuation, rules.MaxPageSize, out int size) is { } pageProblem)
        {
            return (null, pageProblem);
        }

        if (!string.IsNullOrEmpty(priority))
        {
            return (null, $"priority applies to incidents only, not to type={rules.TypeName}.");
        }

        string? token = string.IsNullOrEmpty(continuation) ? null : continuation;
        if (string.IsNullOrEmpty(state))
        {
            return (new IndexListing<TKind, TState>(rules.All, null, size, token), null);
        }

        if (state.Equals("open", StringComparison.OrdinalIgnoreCase))
        {
            return (new IndexListing<TKind, TState>(rules.Open, null, size, token), null);
        }

        if (!TryParseState(state, out TState parsed))
        {
            string[] names = [.. Enum.GetValues<TState>().Select(rules.DisplayName)];
            return (null, $"state '{TicketListRequest.Shown(state)}' is not a {rules.TypeName} state: state must be open, "
                + $"{string.Join(", ", names[..^1])} or {names[^1]}.");
        }

        IndexListing<TKind, TState> listing = rules.OwnIndex(parsed) is { } own
            ? new(own, null, size, token)
            : new(rules.IsOpen(parsed) ? rules.Open : rules.All, parsed, size, token);
        return (listing, null);
    }

    /// <summary>A state by its name in any case, with or without spaces or hyphens: <c>Known Error</c>, <c>known-error</c>, <c>knownerror</c>.</summary>
    private static bool TryParseState<TState>(string text, out TState state)
        where TState : struct, Enum
    {
        string compact = new([.. text.Where(char.IsAsciiLetter)]);
        return Enum.TryParse(compact, ignoreCase: true, out state) && Enum.IsDefined(state) && compact.Length > 0;
    }
}
