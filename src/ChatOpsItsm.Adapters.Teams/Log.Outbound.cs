using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Teams;

/// <summary>Outbound log messages (event ids 100–199): hosts, ids, status codes and sizes; never a token or a body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Acquired a Bot Connector token from {TokenHost}, valid until {ExpiresAt}")]
    public static partial void BotTokenAcquired(this ILogger logger, string tokenHost, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "The token endpoint {TokenHost} refused the bot's credentials with status {StatusCode}")]
    public static partial void BotTokenRefused(this ILogger logger, string tokenHost, int statusCode);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "The token endpoint {TokenHost} could not be reached: {Error}")]
    public static partial void BotTokenUnreachable(this ILogger logger, string tokenHost, string error);

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Refused to call the untrusted service URL host {ServiceHost}: {Reason}")]
    public static partial void ServiceUrlRefused(this ILogger logger, string serviceHost, string reason);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Bot Connector {Method} {Operation} on {ServiceHost} failed with {StatusCode} {ErrorCode}, operation {CorrelationId}")]
    public static partial void ConnectorCallFailed(
        this ILogger logger, string method, string operation, string serviceHost, int statusCode, string? errorCode, string? correlationId);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "Retrying Bot Connector call to {ServiceHost} (attempt {Attempt}) in {DelayMilliseconds} ms after {Outcome}")]
    public static partial void ConnectorRetry(this ILogger logger, string serviceHost, int attempt, double delayMilliseconds, string outcome);

    [LoggerMessage(EventId = 113, Level = LogLevel.Error, Message = "Circuit to the Bot Connector at {ServiceHost} opened for {BreakSeconds} s after {Outcome}")]
    public static partial void ConnectorCircuitOpened(this ILogger logger, string serviceHost, double breakSeconds, string outcome);

    [LoggerMessage(EventId = 114, Level = LogLevel.Information, Message = "Circuit to the Bot Connector at {ServiceHost} closed")]
    public static partial void ConnectorCircuitClosed(this ILogger logger, string serviceHost);

    [LoggerMessage(EventId = 115, Level = LogLevel.Information, Message = "The Bot Connector refused the token (401); retrying once with a new one")]
    public static partial void ConnectorTokenRejected(this ILogger logger);

    [LoggerMessage(EventId = 120, Level = LogLevel.Debug, Message = "Posted Teams activity {ActivityId} to {ConversationId}")]
    public static partial void ActivityPosted(this ILogger logger, string activityId, string conversationId);

    [LoggerMessage(EventId = 121, Level = LogLevel.Debug, Message = "Updated Teams activity {ActivityId} in {ConversationId}")]
    public static partial void ActivityUpdated(this ILogger logger, string activityId, string conversationId);

    [LoggerMessage(EventId = 122, Level = LogLevel.Warning, Message = "The Teams copy {ActivityId} of {MessageKey} in {ConversationId} is gone ({StatusCode}); skipped")]
    public static partial void PostedCopyGone(this ILogger logger, string activityId, string messageKey, string conversationId, int statusCode);

    [LoggerMessage(EventId = 123, Level = LogLevel.Warning, Message = "A Teams message of {Size} bytes is over the {Limit} byte limit; sent as text with a link instead")]
    public static partial void ActivityTooLarge(this ILogger logger, int size, int limit);

    [LoggerMessage(EventId = 124, Level = LogLevel.Information, Message = "Opened Teams thread {ConversationId} under channel {ChannelId}")]
    public static partial void ThreadOpened(this ILogger logger, string conversationId, string channelId);
}
