using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Engine.Changes;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>
/// The query string of <c>GET /api/tickets?type=change</c> turned into an index listing: <c>state</c> (a change state,
/// or <c>open</c>) reads that state's index or the open one, no state reads the all index. Changes have no priority.
/// </summary>
internal static class ChangeListRequest
{
    private const string StateNames = "open, Draft, Authorize, Scheduled, Implementing, Review, Closed, Rejected, Failed or Canceled";

    public static (ChangeQuery? Query, string? Problem) Parse(string? state, string? priority, string? pageSize, string? continuation)
    {
        if (TicketListRequest.PageProblem(pageSize, continuation, ChangeQuery.MaxPageSize, out int size) is { } pageProblem)
        {
            return (null, pageProblem);
        }

        if (!string.IsNullOrEmpty(priority))
        {
            return (null, "priority applies to incidents only; changes have a risk instead.");
        }

        ChangeQuery query;
        if (string.IsNullOrEmpty(state))
        {
            query = new ChangeQuery(ChangeListKind.All, size);
        }
        else if (state.Equals("open", StringComparison.OrdinalIgnoreCase))
        {
            query = new ChangeQuery(ChangeListKind.Open, size);
        }
        else if (ChangeStates.TryParse(state, out ChangeState parsed))
        {
            query = new ChangeQuery(ChangeListKind.InState, size) { State = parsed };
        }
        else
        {
            return (null, $"state '{TicketListRequest.Shown(state)}' is not a change state: state must be {StateNames}.");
        }

        return (query with { ContinuationToken = string.IsNullOrEmpty(continuation) ? null : continuation }, null);
    }
}
