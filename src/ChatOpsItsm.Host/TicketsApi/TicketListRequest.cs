using System.Globalization;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>
/// The query string of <c>GET /api/tickets</c> turned into an index listing: <c>state</c> (a state, or
/// <c>open</c>) reads that state's index, <c>priority</c> narrows within it, neither reads the all index.
/// </summary>
internal static class TicketListRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxContinuationLength = 2_048;

    public static (IncidentQuery? Query, string? Problem) Parse(string? type, string? state, string? priority, string? pageSize, string? continuation)
    {
        if (!string.IsNullOrEmpty(type) && !type.Equals("incident", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "Only type=incident is supported so far.");
        }

        int size = DefaultPageSize;
        if (!string.IsNullOrEmpty(pageSize)
            && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > IncidentQuery.MaxPageSize))
        {
            return (null, $"pageSize must be a whole number from 1 to {IncidentQuery.MaxPageSize}.");
        }

        Priority? wanted = null;
        if (!string.IsNullOrEmpty(priority))
        {
            if (!priority.StartsWith('P') && !priority.StartsWith('p')
                || !Enum.TryParse(priority, ignoreCase: true, out Priority parsed) || !Enum.IsDefined(parsed))
            {
                return (null, "priority must be one of P1, P2, P3, P4, P5.");
            }

            wanted = parsed;
        }

        if (continuation is not null && (continuation.Length > MaxContinuationLength || continuation.Any(char.IsControl)))
        {
            return (null, "continuation must be the continuationToken of the previous page.");
        }

        IncidentQuery query;
        if (string.IsNullOrEmpty(state))
        {
            query = new IncidentQuery(IncidentListKind.All, size);
        }
        else if (state.Equals("open", StringComparison.OrdinalIgnoreCase))
        {
            query = new IncidentQuery(IncidentListKind.Open, size);
        }
        else if (IncidentStates.TryParse(state, out IncidentState parsedState))
        {
            query = new IncidentQuery(IncidentListKind.InState, size) { State = parsedState };
        }
        else
        {
            return (null, "state must be open, New, In Progress, On Hold, Resolved, Closed or Canceled.");
        }

        return (query with { Priority = wanted, ContinuationToken = string.IsNullOrEmpty(continuation) ? null : continuation }, null);
    }
}
