using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Requests;
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
            return TypedResults.Problem(
                detail: "The id must look like INC-1001, CHG-1001, REQ-1001, PRB-1001 or RLS-1001.", statusCode: StatusCodes.Status400BadRequest);
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
                (IndexListing<RequestListKind, RequestState>? requestListing, string? requestProblem) =
                    RecordListRequest.Parse(RecordListRequest.Requests, state, priority, pageSize, continuation);
                if (requestListing is null)
                {
                    return BadRequest(requestProblem);
                }

                RequestPage requestPage = await requests.ListAsync(
                    new RequestQuery(requestListing.Kind, requestListing.PageSize) { ContinuationToken = requestListing.ContinuationToken }, cancellationToken);
                return TypedResults.Json(
                    new JsonRequestPage
                    {
                        Items = [.. requestListing.Keep(requestPage.Items, r => r.State).Select(RequestJsonMapper.ToSummary)],
                        ContinuationToken = requestPage.ContinuationToken,
                    },
                    TicketsApiJsonContext.Default.JsonRequestPage);
            case "problem":
                (IndexListing<ProblemListKind, ProblemState>? problemListing, string? problemProblem) =
                    RecordListRequest.Parse(RecordListRequest.Problems, state, priority, pageSize, continuation);
                if (problemListing is null)
                {
                    return BadRequest(problemProblem);
                }

                ProblemPage problemPage = await problems.ListAsync(
                    new ProblemQuery(problemListing.Kind, problemListing.PageSize) { ContinuationToken = problemListing.ContinuationToken }, cancellationToken);
                return TypedResults.Json(
                    new JsonProblemPage
                    {
                        Items = [.. problemListing.Keep(problemPage.Items, p => p.State).Select(ProblemJsonMapper.ToSummary)],
                        ContinuationToken = problemPage.ContinuationToken,
                    },
                    TicketsApiJsonContext.Default.JsonProblemPage);
            case "release":
                (IndexListing<ReleaseListKind, ReleaseState>? releaseListing, string? releaseProblem) =
                    RecordListRequest.Parse(RecordListRequest.Releases, state, priority, pageSize, continuation);
                if (releaseListing is null)
                {
                    return BadRequest(releaseProblem);
                }

                ReleasePage releasePage = await releases.ListAsync(
                    new ReleaseQuery(releaseListing.Kind, releaseListing.PageSize) { ContinuationToken = releaseListing.ContinuationToken }, cancellationToken);
                return TypedResults.Json(
                    new JsonReleasePage
                    {
                        Items = [.. releaseListing.Keep(releasePage.Items, r => r.State).Select(ReleaseJsonMapper.ToSummary)],
                        ContinuationToken = releasePage.ContinuationToken,
                    },
                    TicketsApiJsonContext.Default.JsonReleasePage);
            default:
                return BadRequest($"type '{TicketListRequest.Shown(type!)}' is not supported: use type=incident, change, request, problem or release.");
        }
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult BadRequest(string? detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
