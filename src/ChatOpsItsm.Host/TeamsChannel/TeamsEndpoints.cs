using ChatOpsItsm.Adapters.Teams.Inbound;
using ChatOpsItsm.Host.Http;
using Microsoft.AspNetCore.Mvc;

namespace ChatOpsItsm.Host.TeamsChannel;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework messaging endpoint, mapped when <c>Teams:Enabled</c> is true. The
/// adapter authenticates and answers; this only reads the body within the adapter's limit and writes back what it decided.
/// </summary>
internal static class TeamsEndpoints
{
    public static IEndpointRouteBuilder MapTeamsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, [FromServices] TeamsActivityProcessor processor, CancellationToken cancellationToken)
    {
        // An oversized body is handed on as one byte too many, so the adapter answers it (413) like any other refusal.
        byte[]? body = await BoundedBody.ReadAsync(request, TeamsActivityProcessor.MaxBodyBytes, cancellationToken);
        TeamsHttpResult result = await processor.ProcessAsync(
            request.Headers.Authorization.ToString(),
            body ?? new byte[TeamsActivityProcessor.MaxBodyBytes + 1],
            cancellationToken);
        return result.JsonBody is null
            ? TypedResults.StatusCode(result.StatusCode)
            : TypedResults.Text(result.JsonBody, "application/json; charset=utf-8", null, result.StatusCode);
    }
}
