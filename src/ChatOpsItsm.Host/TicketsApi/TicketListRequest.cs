using System.Globalization;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>
/// The query string of <c>GET /api/tickets?type=incident</c> (the default) turned into an index listing: <c>state</c>
/// (a state, or <c>open</c>) reads that state's index, <c>priority</c> narrows within it, neither reads the all index.
/// Also the paging rules every type shares.
/// </summary>
internal static class TicketListRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxContinuationLength = 2_048;

    /// <summary>Longest part of a rejected value a problem detail repeats.</summary>
    private const int MaxShownLength = 40;

    public static (IncidentQuery? Query, string? Problem) Parse(string? state, string? priority, string? pageSize, string? continuation)
    {
        if (PageProblem(pageSize, continuation, IncidentQuery.MaxPageSize, out int size) is { } pageProblem)
        {
            return (null, pageProblem);
        }

        Priority? wanted = null;
        if (!string.IsNullOrEmpty(priority))
        {
            if (!priority.StartsWith('P') && !priority.StartsWith('p')
                || !Enum.TryParse(priority, ignoreCase: true, out Priority parsed) || !Enum.IsDefined(parsed))
            {
                return (null, $"priority '{Shown(priority)}' is unknown: priority must be one of P1, P2, P3, P4, P5.");
            }

            wanted = parsed;
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
            return (null, $"state '{Shown(state)}' is unknown: state must be open, New, In Progress, On Hold, Resolved, Closed or Canceled.");
        }

        return (query with { Priority = wanted, ContinuationToken = string.IsNullOrEmpty(continuation) ? null : continuation }, null);
    }

    /// <summary>The problem with <c>pageSize</c> or <c>continuation</c>, or null and the page size (default <see cref="DefaultPageSize"/>).</summary>
    public static string? PageProblem(string? pageSize, string? continuation, int maxPageSize, out int size)
    {
        size = DefaultPageSize;
        if (!string.IsNullOrEmpty(pageSize)
            && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > maxPageSize))
        {
            return $"pageSize must be a whole number from 1 to {maxPageSize}.";
        }

        if (continuation is not null && (continuation.Length > MaxContinuationLength || continuation.Any(char.IsControl)))
        {
            return "continuation must be the continuationToken of the previous page.";
        }

        return null;
    }

    /// <summary>A rejected value as a problem detail repeats it: control characters dropped, at most <see cref="MaxShownLength"/> characters.</summary>
    public static string Shown(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string clean = new([.. value.Where(c => !char.IsControl(c))]);
        return clean.Length <= MaxShownLength ? clean : clean[..MaxShownLength] + "…";
    }
}
