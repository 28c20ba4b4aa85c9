using ChatOpsItsm.Domain.Tickets;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Engine;

/// <summary>The post-incident review's log messages (issue 7 §3): ids and addresses, never the review's text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 710, Level = LogLevel.Warning, Message = "Could not queue the review of {Incident} for its war room {WarRoom}; the asker got it")]
    public static partial void ReviewNotPosted(this ILogger logger, Exception exception, TicketId incident, string warRoom);
}
