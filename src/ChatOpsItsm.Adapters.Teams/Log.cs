using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Teams;

/// <summary>
/// The Teams adapter's log messages: ids, kinds, sizes and reason categories. Never a token, an Authorization
/// header, a signature, a client secret or a payload. Event ids: inbound 1–99, outbound 100–199, cards 200–299.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Refused a Teams request: {Reason}")]
    public static partial void RequestRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Refused a Teams request of {Size} bytes: over the {Limit} byte limit")]
    public static partial void BodyTooLarge(this ILogger logger, int size, int limit);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Refused an authenticated Teams request of {Size} bytes: not an activity")]
    public static partial void MalformedActivity(this ILogger logger, int size);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Could not load the Bot Framework signing keys from {MetadataUrl}")]
    public static partial void SigningKeysUnavailable(this ILogger logger, Exception exception, string metadataUrl);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Loaded {KeyCount} Bot Framework signing keys")]
    public static partial void SigningKeysLoaded(this ILogger logger, int keyCount);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "Ignored Teams {ActivityType} activity {ActivityId}")]
    public static partial void ActivityIgnored(this ILogger logger, string activityType, string? activityId);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "Handled Teams {ActivityType} activity {ActivityId} with {ReplyCount} replies")]
    public static partial void ActivityHandled(this ILogger logger, string activityType, string activityId, int replyCount);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Could not reply to Teams activity {ActivityId}; {ReplyCount} replies handed to the delivery queue")]
    public static partial void RepliesDeferred(this ILogger logger, Exception exception, string activityId, int replyCount);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Bot added to Teams {ConversationType} conversation {ConversationId}")]
    public static partial void BotInstalled(this ILogger logger, string conversationType, string conversationId);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Bot removed from Teams conversation {ConversationId}")]
    public static partial void BotRemoved(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Answered Teams invoke {InvokeName} {ActivityId} with 501: not handled")]
    public static partial void InvokeNotHandled(this ILogger logger, string? invokeName, string? activityId);
}
