using ChatOpsItsm.Host.DeliveriesApi.Protocol;
using ChatOpsItsm.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ChatOpsItsm.Host.DeliveriesApi;

/// <summary><c>/api/deliveries</c>: failed deliveries and their replay, behind <see cref="ApiAccessFilter"/> like the tickets API.</summary>
internal static class DeliveriesApiEndpoints
{
    public static IEndpointRouteBuilder MapDeliveriesApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        RouteGroupBuilder deliveries = endpoints.MapGroup("/api/deliveries").AddEndpointFilter<ApiAccessFilter>();
        deliveries.MapGet("/", ListAsync).WithName("ListDeliveries");
        deliveries.MapPost("/{workId}/replay", ReplayAsync).WithName("ReplayDelivery");
        return endpoints;
    }

    private static Task<Results<JsonHttpResult<JsonFailedDeliveryPage>, ProblemHttpResult>> ListAsync(
        [FromQuery] string? state, DeliveriesApiHandler handler, CancellationToken cancellationToken) =>
        handler.ListAsync(state, cancellationToken);

    private static async Task<Results<Accepted, ProblemHttpResult>> ReplayAsync(
        string workId, HttpRequest request, DeliveriesApiHandler handler, CancellationToken cancellationToken)
    {
        // Without Api:Keys, loopback callers are trusted; a page on another site, open in a browser on this
        // machine, is a loopback caller too. Browsers name the page's origin on every POST: refuse foreign ones.
        string origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(detail: "Cross-site requests cannot replay deliveries.", statusCode: StatusCodes.Status403Forbidden);
        }

        return await handler.ReplayAsync(workId, cancellationToken);
    }
}
