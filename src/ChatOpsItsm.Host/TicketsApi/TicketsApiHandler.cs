using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Engine.Requests;
using ChatOpsItsm.Host.TicketsApi.Protocol;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>
/// The REST read API: one record of any type (incident, change, service request, problem, release) with its audit
/// trail (one read), or a page of one of its store's indexes.
/// </summary>
internal sealed class TicketsApiHandler(
    IIncidentStore incidents,
    IChangeStore changes,
    IRequestStore requests,
    IProblemStore problems,
    IReleaseStore releases,
    TimeProvider timeProvider)
{
    /// <summary>The problem's detail for an id that is no ticket id at all.</summary>
    public const string MalformedIdDetail = "The id must look like INC-1001, CHG-1001, REQ-1001, PRB-1001 or RLS-1001.";

    public async Task<Results<
        JsonHttpResult<JsonIncidentDetails>,
        JsonHttpResult<JsonChangeDetails>,
        JsonHttpResult<JsonRequestDetails>,
        JsonHttpResult<JsonProblemDetails>,
        JsonHttpResult<JsonReleaseDetails>,
        ProblemHttpResult>> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!TicketId.TryParse(id, out TicketId ticketId))
        {
            return TypedResults.Problem(detail: MalformedIdDetail, statusCode: StatusCodes.Status400BadRequest);
        }

        switch (ticketId.Type)
        {
            case TicketType.Incident:
                IncidentWithHistory? incident = await incidents.GetWithHistoryAsync(ticketId, cancellationToken);
                return incident is null
                    ? NotFound($"There is no incident {ticketId}.")
                    : TypedResults.Json(IncidentJsonMapper.ToDetails(incident, timeProvider.GetUtcNow()), TicketsApiJsonContext.Default.JsonIncidentDetails);
            case TicketType.Change:
                ChangeWithHistory? change = await changes.GetWithHistoryAsync(ticketId, cancellationToken);
                return change is null
                    ? NotFound($"There is no change {ticketId}.")
                    : TypedResults.Json(ChangeJsonMapper.ToDetails(change), TicketsApiJsonContext.Default.JsonChangeDetails);
            case TicketType.Request:
                RequestWithHistory? request = await requests.GetWithHistoryAsync(ticketId, cancellationToken);
                return request is null
                    ? NotFound($"There is no service request {ticketId}.")
                    : TypedResults.Json(RequestJsonMapper.ToDetails(request), TicketsApiJsonContext.Default.JsonRequestDetails);
            case TicketType.Problem:
                ProblemWithHistory? problem = await problems.GetWithHistoryAsync(ticketId, cancellationToken);
                return problem is null
                    ? NotFound($"There is no problem {ticketId}.")
                    : TypedResults.Json(ProblemJsonMapper.ToDetails(problem), TicketsApiJsonContext.Default.JsonProblemDetails);
            case TicketType.Release:
                ReleaseWithHistory? release = await releases.GetWithHistoryAsync(ticketId, cancellationToken);
                return release is null
                    ? NotFound($"There is no release {ticketId}.")
                    : TypedResults.Json(ReleaseJsonMapper.ToDetails(release), TicketsApiJsonContext.Default.JsonReleaseDetails);
            default:
                return NotFound($"There is no {ticketId}.");
        }
    }

    public async Task<Results<
        JsonHttpResult<JsonIncidentPage>,
        JsonHttpResult<JsonChangePage>,
        JsonHttpResult<JsonRequestPage>,
        JsonHttpResult<JsonProblemPage>,
        JsonHttpResult<JsonReleasePage>,
        ProblemHttpResult>> ListAsync(
        string? type, string? state, string? priority, string? pageSize, string? continuation, CancellationToken cancellationToken)
    {
        switch (string.IsNullOrEmpty(type) ? "incident" : type.ToLowerInvariant())
        {
            case "incident":
                (IncidentQuery? incidentQuery, string? incidentProblem) = TicketListRequest.Parse(state, priority, pageSize, continuation);
                if (incidentQuery is null)
                {
                    return BadRequest(incidentProblem);
                }

                IncidentPage incidentPage = await incidents.ListAsync(incidentQuery, cancellationToken);
                return TypedResults.Json(
                    new JsonIncidentPage { Items = [.. incidentPage.Items.Select(IncidentJsonMapper.ToSummary)], ContinuationToken = incidentPage.ContinuationToken },
                    TicketsApiJsonContext.Default.JsonIncidentPage);
            case "change":
                (ChangeQuery? changeQuery, string? changeProblem) = ChangeListRequest.Parse(state, priority, pageSize, continuation);
                if (changeQuery is null)
                {
                    return BadRequest(changeProblem);
                }

                ChangePage changePage = await changes.ListAsync(changeQuery, cancellationToken);
                return TypedResults.Json(
                    new JsonChangePage { Items = [.. changePage.Items.Select(ChangeJsonMapper.ToSummary)], ContinuationToken = changePage.ContinuationToken },
                    TicketsApiJsonContext.Default.JsonChangePage);
            case "request":
                (JsonRequestPage? requestPage, string? requestProblem) = await ListRecordsAsync(
                    RecordListRequest.Requests, state, priority, pageSize, continuation,
                    async listing => ToTuple(await requests.ListAsync(
                        new RequestQuery(listing.Kind, listing.PageSize) { ContinuationToken = listing.ContinuationToken }, cancellationToken)),
                    r => r.State,
                    (items, next) => new JsonRequestPage { Items = [.. items.Select(RequestJsonMapper.ToSummary)], ContinuationToken = next });
                return requestPage is null ? BadRequest(requestProblem) : TypedResults.Json(requestPage, TicketsApiJsonContext.Default.JsonRequestPage);
            case "problem":
                (JsonProblemPage? problemPage, string? problemProblem) = await ListRecordsAsync(
                    RecordListRequest.Problems, state, priority, pageSize, continuation,
                    async listing => ToTuple(await problems.ListAsync(
                        new ProblemQuery(listing.Kind, listing.PageSize) { ContinuationToken = listing.ContinuationToken }, cancellationToken)),
                    p => p.State,
                    (items, next) => new JsonProblemPage { Items = [.. items.Select(ProblemJsonMapper.ToSummary)], ContinuationToken = next });
                return problemPage is null ? BadRequest(problemProblem) : TypedResults.Json(problemPage, TicketsApiJsonContext.Default.JsonProblemPage);
            case "release":
                (JsonReleasePage? releasePage, string? releaseProblem) = await ListRecordsAsync(
                    RecordListRequest.Releases, state, priority, pageSize, continuation,
                    async listing => ToTuple(await releases.ListAsync(
                        new ReleaseQuery(listing.Kind, listing.PageSize) { ContinuationToken = listing.ContinuationToken }, cancellationToken)),
                    r => r.State,
                    (items, next) => new JsonReleasePage { Items = [.. items.Select(ReleaseJsonMapper.ToSummary)], ContinuationToken = next });
                return releasePage is null ? BadRequest(releaseProblem) : TypedResults.Json(releasePage, TicketsApiJsonContext.Default.JsonReleasePage);
            default:
                return BadRequest($"type '{TicketListRequest.Shown(type!)}' is not supported: use type=incident, change, request, problem or release.");
        }
    }

    /// <summary>
    /// A listing of a record type whose store keeps few indexes: the query string parsed into an index listing, one page
    /// read, the asked state kept (<see cref="IndexListing{TKind, TState}.Keep"/>), the page mapped; or the problem.
    /// </summary>
    private static async Task<(TJsonPage? Page, string? Problem)> ListRecordsAsync<TKind, TState, TSummary, TJsonPage>(
        ListingRules<TKind, TState> rules,
        string? state,
        string? priority,
        string? pageSize,
        string? continuation,
        Func<IndexListing<TKind, TState>, Task<(IReadOnlyList<TSummary> Items, string? Continuation)>> read,
        Func<TSummary, TState> stateOf,
        Func<IEnumerable<TSummary>, string?, TJsonPage> page)
        where TKind : struct, Enum
        where TState : struct, Enum
        where TJsonPage : class
    {
        (IndexListing<TKind, TState>? listing, string? problem) = RecordListRequest.Parse(rules, state, priority, pageSize, continuation);
        if (listing is null)
        {
            return (null, problem);
        }

        (IReadOnlyList<TSummary> items, string? next) = await read(listing);
        return (page(listing.Keep(items, stateOf), next), null);
    }

    private static (IReadOnlyList<RequestSummary>, string?) ToTuple(RequestPage page) => (page.Items, page.ContinuationToken);

    private static (IReadOnlyList<ProblemSummary>, string?) ToTuple(ProblemPage page) => (page.Items, page.ContinuationToken);

    private static (IReadOnlyList<ReleaseSummary>, string?) ToTuple(ReleasePage page) => (page.Items, page.ContinuationToken);

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult BadRequest(string? detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
