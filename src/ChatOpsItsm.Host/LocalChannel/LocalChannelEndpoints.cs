using ChatOpsItsm.Host.LocalChannel.Protocol;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChatOpsItsm.Host.LocalChannel;

/// <summary>
/// The local channel (SPEC §5): the web chat's endpoints, mapped only when <c>Channels:Local:Enabled</c>. Posting a
/// message, a conversation's history, and its live feed (Server-Sent Events).
/// </summary>
internal static class LocalChannelEndpoints
{
    public const string MessagesRoute = "/api/local/messages";
    public const string ConversationsRoute = "/api/local/conversations";

    // Server-Sent Events: what a reconnecting EventSource sends, the id of the last event it received.
    private const string LastEventIdHeader = "Last-Event-ID";

    public static IEndpointRouteBuilder MapLocalChannelEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(MessagesRoute, PostMessageAsync).WithName("PostLocalMessage");
        RouteGroupBuilder conversations = endpoints.MapGroup(ConversationsRoute);
        conversations.MapGet("/{id}/messages", GetMessagesAsync).WithName("GetLocalMessages");
        conversations.MapGet("/{id}/events", StreamEventsAsync).WithName("StreamLocalEvents");
        return endpoints;
    }

    private static Task<Results<JsonHttpResult<JsonLocalResponse>, ProblemHttpResult>> PostMessageAsync(
        HttpRequest request, LocalMessageHandler handler, CancellationToken cancellationToken) =>
        handler.HandleAsync(request, cancellationToken);

    private static Task<Results<JsonHttpResult<JsonLocalHistory>, ProblemHttpResult>> GetMessagesAsync(
        string id, [FromQuery] string? max, LocalHistoryHandler handler, CancellationToken cancellationToken) =>
        handler.GetAsync(id, max, cancellationToken);

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> StreamEventsAsync(
        string id, HttpContext context, LocalEventStream stream, CancellationToken cancellationToken)
    {
        if (LocalEventMapper.CheckConversationId(id) is { } problem)
        {
            return TypedResults.Problem(detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        // A browser that reconnects sends the last cursor it saw, so nothing posted in between is missed.
        string? resumeFrom = context.Request.Headers[LastEventIdHeader].ToString();
        await stream.RunAsync(context.Response, id, string.IsNullOrEmpty(resumeFrom) ? null : resumeFrom, cancellationToken);
        return TypedResults.Empty;
    }
}
