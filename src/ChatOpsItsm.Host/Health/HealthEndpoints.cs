using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatOpsItsm.Host.Health;

/// <summary><c>GET /healthz</c>: 200 when storage is reachable, 503 when it is not. Open to every caller: it tells nothing secret.</summary>
internal static class HealthEndpoints
{
    public const string Route = "/healthz";

    private static readonly JsonHealthStatus Healthy = new() { Status = "healthy", Storage = "reachable" };
    private static readonly JsonHealthStatus Unhealthy = new() { Status = "unhealthy", Storage = "unreachable" };

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Route, GetHealthAsync).WithName("Health");
        return endpoints;
    }

    private static async Task<JsonHttpResult<JsonHealthStatus>> GetHealthAsync(HealthCheck check, CancellationToken cancellationToken) =>
        await check.StorageIsReachableAsync(cancellationToken)
            ? TypedResults.Json(Healthy, HealthJsonContext.Default.JsonHealthStatus)
            : TypedResults.Json(Unhealthy, HealthJsonContext.Default.JsonHealthStatus, statusCode: StatusCodes.Status503ServiceUnavailable);
}
