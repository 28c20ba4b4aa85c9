using System.Globalization;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Host.LocalChannel.Protocol;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatOpsItsm.Host.LocalChannel;

/// <summary><c>GET /api/local/conversations/{id}/messages?max=</c>: the latest messages, oldest first, as the page shows them on load.</summary>
internal sealed class LocalHistoryHandler(ILocalConversationStore store)
{
    public const int DefaultMax = 100;
    public const int MaxMax = 500;

    public async Task<Results<JsonHttpResult<JsonLocalHistory>, ProblemHttpResult>> GetAsync(
        string id, string? max, CancellationToken cancellationToken)
    {
        if (LocalEventMapper.CheckConversationId(id) is { } problem)
        {
            return TypedResults.Problem(detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        int count = DefaultMax;
        if (max is not null && (!int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxMax))
        {
            return TypedResults.Problem(detail: $"max must be a whole number from 1 to {MaxMax}.", statusCode: StatusCodes.Status400BadRequest);
        }

        IReadOnlyList<LocalMessage> messages = await store.ReadAsync(id, count, cancellationToken);
        JsonLocalHistory history = new() { Messages = [.. messages.Select(LocalReplyMapper.ToMessage)] };
        return TypedResults.Json(history, LocalChannelJsonContext.Default.JsonLocalHistory);
    }
}
