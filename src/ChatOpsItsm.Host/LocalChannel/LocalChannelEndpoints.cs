using ChatOpsItsm.Host.LocalChannel.Protocol;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatOpsItsm.Host.LocalChannel;

/// <summary>The local channel (SPEC §5): the web chat's endpoint. Mapped only when <c>Channels:Local:Enabled</c>.</summary>
internal static class LocalChannelEndpoints
{
    public const string MessagesRoute = "/api/local/messages";

    public static IEndpointRouteBuilder MapLocalChannelEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(MessagesRoute, PostMessageAsync).WithName("PostLocalMessage");
        return endpoints;
    }

    private static Task<Results<JsonHttpResult<JsonLocalResponse>, ProblemHttpResult>> PostMessageAsync(
        HttpRequest request, LocalMessageHandler handler, CancellationToken cancellationToken) =>
        handler.HandleAsync(request, cancellationToken);
}
