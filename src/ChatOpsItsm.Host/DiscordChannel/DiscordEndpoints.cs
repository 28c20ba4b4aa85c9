using ChatOpsItsm.Adapters.Discord.Inbound;
using ChatOpsItsm.Host.Http;
using Microsoft.AspNetCore.Mvc;

namespace ChatOpsItsm.Host.DiscordChannel;

/// <summary>
/// <c>POST /api/discord/interactions</c>: Discord's Interactions Endpoint URL, mapped when <c>Discord:Enabled</c> is
/// true. The adapter verifies the signature over the exact bytes received and answers; this reads the raw body within
/// the adapter's limit and writes back what it decided.
/// </summary>
internal static class DiscordEndpoints
{
    public const string Path = "/api/discord/interactions";

    public static IEndpointRouteBuilder MapDiscordEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, [FromServices] DiscordInteractionProcessor processor, CancellationToken cancellationToken)
    {
        // An oversized body is handed on as one byte too many, so the adapter answers it (413) like any other refusal.
        byte[]? body = await BoundedBody.ReadAsync(request, DiscordInteractionProcessor.MaxBodyBytes, cancellationToken);
        DiscordHttpResult result = await processor.ProcessAsync(
            request.Headers["X-Signature-Ed25519"].ToString(),
            request.Headers["X-Signature-Timestamp"].ToString(),
            body ?? new byte[DiscordInteractionProcessor.MaxBodyBytes + 1],
            cancellationToken);
        return result.Json is null
            ? TypedResults.StatusCode(result.StatusCode)
            : TypedResults.Bytes(result.Json, "application/json", null, false, null, null);
    }
}
