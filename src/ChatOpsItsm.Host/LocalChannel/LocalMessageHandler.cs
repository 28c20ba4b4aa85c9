using System.Text.Json;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Host.Http;
using ChatOpsItsm.Host.LocalChannel.Protocol;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatOpsItsm.Host.LocalChannel;

/// <summary>
/// <c>POST /api/local/messages</c>: reads at most <see cref="MaxBodyBytes"/>, checks every field, and only then
/// hands one neutral event to the engine. A bad request is answered with problem details and writes nothing; an
/// event id handled before is answered <c>{"replies":[],"duplicate":true}</c> and has no second effect.
/// </summary>
internal sealed class LocalMessageHandler(ConversationEngine engine, LocalTranscript transcript, ILogger<LocalMessageHandler> logger)
{
    public const int MaxBodyBytes = 64 * 1024;

    private const int MaxPathLength = 80;

    public async Task<Results<JsonHttpResult<JsonLocalResponse>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Demanding JSON also makes a browser preflight a cross-site post, which this host never allows.
        if (!request.HasJsonContentType())
        {
            return Reject(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json.");
        }

        byte[]? body = await BoundedBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes / 1024} KB.");
        }

        (JsonLocalRequest? parsed, string? parseProblem) = Parse(body);
        if (parsed is null)
        {
            return Reject(StatusCodes.Status400BadRequest, parseProblem!);
        }

        (InboundEvent? inbound, string? problem) = LocalEventMapper.ToEvent(parsed, () => Guid.NewGuid().ToString("N"));
        if (inbound is null)
        {
            return Reject(StatusCodes.Status400BadRequest, problem!);
        }

        // The person's message first, so the history and the live feed show it before the replies. Stored under
        // the event id, so a redelivered event adds nothing here either.
        if (inbound is InboundMessage message)
        {
            await transcript.RecordAsync(message, cancellationToken);
        }

        EngineResponse response = await engine.HandleAsync(inbound, cancellationToken);
        if (response.Duplicate)
        {
            logger.LocalMessageDuplicate(inbound.EventId);
            return TypedResults.Json(new JsonLocalResponse { Replies = [], Duplicate = true }, LocalChannelJsonContext.Default.JsonLocalResponse);
        }

        IReadOnlyList<StoredReply> stored = await transcript.RecordRepliesAsync(inbound, response.Replies, cancellationToken);
        logger.LocalMessageAnswered(inbound.GetType().Name, inbound.EventId, response.Replies.Count);
        return TypedResults.Json(LocalReplyMapper.ToResponse(response.Replies, stored), LocalChannelJsonContext.Default.JsonLocalResponse);
    }

    private static (JsonLocalRequest? Request, string? Problem) Parse(byte[] body)
    {
        try
        {
            JsonLocalRequest? request = JsonSerializer.Deserialize(body, LocalChannelJsonContext.Default.JsonLocalRequest);
            return request is null ? (null, "The body must be a JSON object.") : (request, null);
        }
        catch (JsonException exception)
        {
            // The path says where; the serializer's message would name .NET types, so it stays out.
            string where = string.IsNullOrEmpty(exception.Path) ? "" : $" at {Shorten(exception.Path)}";
            return (null, $"The body is not valid JSON for this endpoint{where}: malformed, a duplicate or unknown property, or a value of the wrong type.");
        }
    }

    /// <summary>A path may hold a property name the caller made up: keep it short and printable for the answer and the log.</summary>
    private static string Shorten(string path)
    {
        string printable = new([.. path.Where(c => !char.IsControl(c))]);
        return printable.Length <= MaxPathLength ? printable : printable[..MaxPathLength] + "…";
    }

    private ProblemHttpResult Reject(int status, string detail)
    {
        logger.LocalMessageRejected(status, detail);
        return TypedResults.Problem(detail: detail, statusCode: status);
    }
}
