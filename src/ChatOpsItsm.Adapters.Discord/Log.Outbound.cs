using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord;

/// <summary>
/// Outbound log messages (event ids 100–199): routes with ids templated, ids, status and Discord error codes, waits.
/// Never a bot token, an interaction token (webhook paths hold it: only templates are logged) or a message body.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Discord answered {Route} with {StatusCode}, code {ErrorCode}")]
    public static partial void RequestFailed(this ILogger logger, string route, int statusCode, int? errorCode);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Retrying Discord {Route} (attempt {Attempt}) in {DelayMilliseconds} ms after {Outcome}")]
    public static partial void RequestRetried(this ILogger logger, string route, int attempt, double delayMilliseconds, string outcome);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Discord rate-limited {Route} (scope {Scope}); its bucket waits {DelayMilliseconds} ms")]
    public static partial void RateLimited(this ILogger logger, string route, double delayMilliseconds, string scope);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Discord's global rate limit hit on {Route}; every bot-token request waits {DelayMilliseconds} ms")]
    public static partial void GlobalRateLimited(this ILogger logger, string route, double delayMilliseconds);

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "Discord bucket of {Route} is empty; waiting {DelayMilliseconds} ms for its reset")]
    public static partial void BucketExhausted(this ILogger logger, string route, double delayMilliseconds);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "{Count} Discord answers of 401/403/429 in the last 10 minutes; at {Limit} Cloudflare bans this IP")]
    public static partial void InvalidRequestsMounting(this ILogger logger, int count, int limit);

    [LoggerMessage(EventId = 106, Level = LogLevel.Critical, Message = "Discord refused the bot token (401 on {Route}); bot-token requests are stopped until Discord:BotToken is fixed and the service restarted")]
    public static partial void BotTokenRejected(this ILogger logger, string route);

    [LoggerMessage(EventId = 120, Level = LogLevel.Debug, Message = "Posted Discord message {MessageId} to channel {ChannelId}")]
    public static partial void MessagePosted(this ILogger logger, string messageId, string channelId);

    [LoggerMessage(EventId = 121, Level = LogLevel.Debug, Message = "Updated Discord message {MessageId} in channel {ChannelId}")]
    public static partial void MessageUpdated(this ILogger logger, string messageId, string channelId);

    [LoggerMessage(EventId = 122, Level = LogLevel.Warning, Message = "The Discord copy {MessageId} of {MessageKey} in channel {ChannelId} is gone (code {ErrorCode}); skipped")]
    public static partial void PostedCopyGone(this ILogger logger, string messageId, string messageKey, string channelId, int? errorCode);

    [LoggerMessage(EventId = 123, Level = LogLevel.Information, Message = "Opened Discord thread {ThreadId} in channel {ChannelId}")]
    public static partial void ThreadOpened(this ILogger logger, string threadId, string channelId);

    [LoggerMessage(EventId = 124, Level = LogLevel.Information, Message = "Discord message {MessageId} in channel {ChannelId} already has its thread; reusing it")]
    public static partial void ThreadAlreadyOpen(this ILogger logger, string messageId, string channelId);

    [LoggerMessage(EventId = 125, Level = LogLevel.Warning, Message = "Discord user {UserId} cannot be sent direct messages (closed DMs or no shared server)")]
    public static partial void DirectMessageRefused(this ILogger logger, string userId);

    [LoggerMessage(EventId = 130, Level = LogLevel.Debug, Message = "Interaction reply {WorkId} step {Step} sent by {Route}")]
    public static partial void InteractionReplyStepSent(this ILogger logger, string workId, int step, string route);

    [LoggerMessage(EventId = 131, Level = LogLevel.Information, Message = "Interaction reply {WorkId}: the interaction token has expired; posting the remaining messages to channel {ChannelId} with the bot token")]
    public static partial void InteractionTokenExpired(this ILogger logger, string workId, string channelId);

    [LoggerMessage(EventId = 132, Level = LogLevel.Information, Message = "Interaction reply {WorkId}: the webhook answered {StatusCode} (code {ErrorCode}); posting the remaining messages to channel {ChannelId} with the bot token")]
    public static partial void InteractionWebhookGone(this ILogger logger, string workId, int? statusCode, int? errorCode, string channelId);

    [LoggerMessage(EventId = 140, Level = LogLevel.Information, Message = "Registered {Count} Discord application commands ({Scope})")]
    public static partial void CommandsRegistered(this ILogger logger, int count, string scope);
}
