using Microsoft.Net.Http.Headers;

namespace ChatOpsItsm.Host.Security;

/// <summary>Applies <see cref="ApiAccessPolicy"/> before any API handler runs: 401 or 403 problem details otherwise.</summary>
internal sealed class ApiAccessFilter(ApiAccessPolicy policy, ILogger<ApiAccessFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        HttpContext http = context.HttpContext;
        switch (policy.Evaluate(http))
        {
            case ApiAccess.Allowed:
                return await next(context);
            case ApiAccess.MissingOrWrongKey:
                logger.ApiRequestRefused(http.Request.Path, "missing or unknown API key");
                http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
                return TypedResults.Problem(
                    detail: "Send one of the configured Api:Keys as 'Authorization: Bearer <key>'.",
                    statusCode: StatusCodes.Status401Unauthorized);
            default:
                logger.ApiRequestRefused(http.Request.Path, "not a loopback caller and no Api:Keys configured");
                return TypedResults.Problem(
                    detail: "Without Api:Keys configured, the API answers callers on this machine only.",
                    statusCode: StatusCodes.Status403Forbidden);
        }
    }
}
