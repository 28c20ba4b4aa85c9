using ChatOpsItsm.Domain.Tickets;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Engine;

/// <summary>The burst check's log messages (issue 7): ids and the service, never incident text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "The burst check after {Incident} on {Service} failed; the report stands")]
    public static partial void BurstCheckFailed(this ILogger logger, Exception exception, TicketId incident, string service);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Offered to declare a major incident for {Count} incidents on {Service}, newest {Incident}")]
    public static partial void BurstOffered(this ILogger logger, int count, string service, TicketId incident);
}
