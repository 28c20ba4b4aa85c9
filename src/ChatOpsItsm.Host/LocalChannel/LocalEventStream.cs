using System.Text;
using System.Text.Json;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Host.Configuration;
using ChatOpsItsm.Host.LocalChannel.Protocol;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.LocalChannel;

/// <summary>
/// <c>GET /api/local/conversations/{id}/events</c>: a conversation's live feed as Server-Sent Events. It polls the
/// stored feed, not this process's memory, so a message posted by any instance reaches every open page. First
/// a <c>cursor</c> event (the feed position the page may load its history from), then a <c>message</c> event per
/// message posted or updated in place, and a comment every <see cref="HeartbeatInterval"/> so proxies keep the
/// connection open. Runs until the client goes away.
/// </summary>
internal sealed class LocalEventStream(
    ILocalConversationStore store,
    IOptions<ChannelsOptions> options,
    TimeProvider timeProvider,
    ILogger<LocalEventStream> logger)
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    private const int MaxCursorLength = 1024;

    public async Task RunAsync(HttpResponse response, string conversationId, string? resumeFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            string cursor = IsUsable(resumeFrom)
                ? resumeFrom!
                : (await store.ReadChangesAsync(conversationId, null, cancellationToken)).Cursor;

            await WriteAsync(response, $"retry: 2000\nevent: cursor\nid: {cursor}\ndata: {cursor}\n\n", cancellationToken);
            await PollAsync(response, conversationId, cursor, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page was closed or switched conversation: the normal end of a feed.
        }
    }

    private async Task PollAsync(HttpResponse response, string conversationId, string cursor, CancellationToken cancellationToken)
    {
        TimeSpan interval = options.Value.Local.PollInterval;
        long lastWrite = timeProvider.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(interval, timeProvider, cancellationToken);
            LocalChanges? changes = await ReadAsync(conversationId, cursor, cancellationToken);
            if (changes is { Messages.Count: > 0 })
            {
                await WriteAsync(response, Events(changes), cancellationToken);
                lastWrite = timeProvider.GetTimestamp();
            }
            else if (timeProvider.GetElapsedTime(lastWrite) >= HeartbeatInterval)
            {
                await WriteAsync(response, ": heartbeat\n\n", cancellationToken);
                lastWrite = timeProvider.GetTimestamp();
            }

            cursor = changes is not null && IsUsable(changes.Cursor) ? changes.Cursor : cursor;
        }
    }

    /// <summary>The changes, or null when storage did not answer this time: the feed stays open and asks again.</summary>
    private async Task<LocalChanges?> ReadAsync(string conversationId, string cursor, CancellationToken cancellationToken)
    {
        try
        {
            return await store.ReadChangesAsync(conversationId, cursor, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            logger.LocalFeedStorageUnavailable(conversationId);
            return null;
        }
    }

    /// <summary>One <c>message</c> event per change; the last carries the next cursor as its id (where a reconnect resumes).</summary>
    private static string Events(LocalChanges changes)
    {
        StringBuilder events = new();
        for (int index = 0; index < changes.Messages.Count; index++)
        {
            string json = JsonSerializer.Serialize(
                LocalReplyMapper.ToMessage(changes.Messages[index]), LocalChannelJsonContext.Default.JsonLocalMessage);
            events.Append("event: message\n");
            if (index == changes.Messages.Count - 1 && IsUsable(changes.Cursor))
            {
                events.Append("id: ").Append(changes.Cursor).Append('\n');
            }

            // Serialized JSON has no raw line breaks (they are escaped in strings), so it is one data line.
            events.Append("data: ").Append(json).Append("\n\n");
        }

        return events.ToString();
    }

    /// <summary>A cursor goes into an SSE <c>id:</c> line and comes back in a header: one short printable line only.</summary>
    private static bool IsUsable(string? cursor) =>
        !string.IsNullOrEmpty(cursor) && cursor.Length <= MaxCursorLength && !cursor.Any(char.IsControl);

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
