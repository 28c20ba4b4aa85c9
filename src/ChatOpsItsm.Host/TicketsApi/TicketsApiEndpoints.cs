using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Host.Security;
using ChatOpsItsm.Host.TicketsApi.Protocol;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChatOpsItsm.Host.TicketsApi;

/// <summary>
/// <c>/api/tickets</c>: the REST read API (incidents, changes, service requests, problems and releases) and a major
/// incident's post-incident review, all behind <see cref="ApiAccessFilter"/>.
/// </summary>
internal static class TicketsApiEndpoints
{
    public static IEndpointRouteBuilder MapTicketsApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        RouteGroupBuilder tickets = endpoints.MapGroup("/api/tickets").AddEndpointFilter<ApiAccessFilter>();
        tickets.MapGet("/{id}", GetTicketAsync).WithName("GetTicket");
        tickets.MapGet("/{id}/review", GetReviewAsync).WithName("GetTicketReview");
        tickets.MapGet("/", ListTicketsAsync).WithName("ListTickets");
        return endpoints;
    }

    private static Task<Results<
        JsonHttpResult<JsonIncidentDetails>,
        JsonHttpResult<JsonChangeDetails>,
        JsonHttpResult<JsonRequestDetails>,
        JsonHttpResult<JsonProblemDetails>,
        JsonHttpResult<JsonReleaseDetails>,
        ProblemHttpResult>> GetTicketAsync(
        string id, TicketsApiHandler handler, CancellationToken cancellationToken) =>
        handler.GetAsync(id, cancellationToken);

    private static Task<Results<ContentHttpResult, ProblemHttpResult>> GetReviewAsync(
        string id, MajorReview review, HttpResponse response, CancellationToken cancellationToken) =>
        TicketReviewHandler.GetAsync(id, review, response, cancellationToken);

    private static Task<Results<
        JsonHttpResult<JsonIncidentPage>,
        JsonHttpResult<JsonChangePage>,
        JsonHttpResult<JsonRequestPage>,
        JsonHttpResult<JsonProblemPage>,
        JsonHttpResult<JsonReleasePage>,
        ProblemHttpResult>> ListTicketsAsync(
        [FromQuery] string? type,
        [FromQuery] string? state,
        [FromQuery] string? priority,
        [FromQuery] string? pageSize,
        [FromQuery] string? continuation,
        TicketsApiHandler handler,
        CancellationToken cancellationToken) =>
        handler.ListAsync(type, state, priority, pageSize, continuation, cancellationToken);
}
