namespace ChatOpsItsm.Host;

/// <summary>
/// The host's log messages. They carry sizes, statuses, reasons and endpoints: never message text, API keys,
/// <c>Authorization</c> headers or connection strings.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Local message rejected with {Status}: {Reason}")]
    public static partial void LocalMessageRejected(this ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Local {EventKind} {EventId} answered with {ReplyCount} replies")]
    public static partial void LocalMessageAnswered(this ILogger logger, string eventKind, string eventId, int replyCount);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "API request to {Path} refused: {Reason}")]
    public static partial void ApiRequestRefused(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Critical,
        Message = "Cannot reach Azure Table Storage at {Endpoint} ({Reason}). "
            + "Start the local emulator with `npm start` (it starts Azurite) or set Storage:ConnectionString to a reachable storage account.")]
    public static partial void StorageUnreachableAtStartup(this ILogger logger, string endpoint, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Azure Table Storage at {Endpoint} is ready ({ElapsedMilliseconds} ms)")]
    public static partial void StorageReadyAtStartup(this ILogger logger, string endpoint, long elapsedMilliseconds);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Health check: storage unreachable")]
    public static partial void HealthStorageUnreachable(this ILogger logger);

    [LoggerMessage(EventId = 7, Level = LogLevel.Critical,
        Message = "The configuration is invalid: {Failures} Fix these settings (appsettings.json, environment variables such as Api__Keys__0, or command-line arguments) and start again.")]
    public static partial void ConfigurationInvalid(this ILogger logger, string failures);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Storage unavailable while answering {Path}")]
    public static partial void StorageUnavailableForRequest(this ILogger logger, string path);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Storage unavailable: the local conversation {ConversationId} misses event {EventId} in its history")]
    public static partial void LocalHistoryNotWritten(this ILogger logger, string conversationId, string eventId);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Local event {EventId} was handled before: nothing done again")]
    public static partial void LocalMessageDuplicate(this ILogger logger, string eventId);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Storage unavailable while following the local conversation {ConversationId}; asking again")]
    public static partial void LocalFeedStorageUnavailable(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "A delivery pass failed; the worker carries on")]
    public static partial void DeliveryPassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "The outbox sweep failed; the worker tries again later")]
    public static partial void OutboxSweepFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 14, Level = LogLevel.Error, Message = "Purging expired inbound event ids failed; the worker tries again later")]
    public static partial void InboundPurgeFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information, Message = "Failed delivery {WorkId} put back on the queue")]
    public static partial void DeliveryReplayRequested(this ILogger logger, string workId);

    [LoggerMessage(EventId = 16, Level = LogLevel.Error, Message = "No Teams app package written: {Reason}")]
    public static partial void TeamsPackageRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 17, Level = LogLevel.Information, Message = "Teams app package written to {Path}")]
    public static partial void TeamsPackageWritten(this ILogger logger, string path);

    [LoggerMessage(EventId = 18, Level = LogLevel.Error, Message = "Discord commands not written or registered: {Reason}")]
    public static partial void DiscordCommandsRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 19, Level = LogLevel.Information, Message = "Wrote {Count} Discord command definitions to {Path}")]
    public static partial void DiscordCommandsWritten(this ILogger logger, int count, string path);

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Registered {Count} Discord commands for {Scope}")]
    public static partial void DiscordCommandsRegistered(this ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "Usage: discord-commands write [--out <file>] | discord-commands register [--guild <id>]")]
    public static partial void DiscordCommandsUsage(this ILogger logger);
}
