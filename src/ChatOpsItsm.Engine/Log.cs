using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Engine;

/// <summary>The engine's log messages: ids, kinds and outcomes, never message text or tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Handled {EventKind} {EventId} from {Channel}: {Command}")]
    public static partial void EventHandled(this ILogger logger, string eventKind, string eventId, string channel, string command);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Storage unavailable while handling {EventKind} {EventId}")]
    public static partial void StorageUnavailable(this ILogger logger, Exception exception, string eventKind, string eventId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Unexpected failure while handling {EventKind} {EventId}")]
    public static partial void UnexpectedFailure(this ILogger logger, Exception exception, string eventKind, string eventId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Ignored {EventKind} {EventId} from {Channel}: already handled")]
    public static partial void DuplicateEvent(this ILogger logger, string eventKind, string eventId, string channel);
}
