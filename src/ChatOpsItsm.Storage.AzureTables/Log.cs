using ChatOpsItsm.Domain.Tickets;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables;

/// <summary>Every log line of the storage project. Ids, statuses and counts only: never keys, payloads or connection strings.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Incident number {Number} is taken; trying the next one")]
    public static partial void IncidentNumberTaken(this ILogger logger, long number);

    [LoggerMessage(2, LogLevel.Information, "Incident numbering jumped to {Next} after {Conflicts} taken numbers in a row")]
    public static partial void IncidentNumberJumped(this ILogger logger, long next, int conflicts);

    [LoggerMessage(3, LogLevel.Information, "A retried write of {Record} had already been applied by an earlier attempt")]
    public static partial void RetriedWriteAlreadyApplied(this ILogger logger, string record);

    [LoggerMessage(4, LogLevel.Debug, "Save of {Ticket} refused: it changed since it was read (status {Status})")]
    public static partial void IncidentSaveConflict(this ILogger logger, TicketId ticket, int status);

    [LoggerMessage(5, LogLevel.Warning, "Storage call failed ({Reason}); attempt {Attempt} follows in {DelayMilliseconds} ms")]
    public static partial void StorageRetry(this ILogger logger, string reason, int attempt, double delayMilliseconds);

    [LoggerMessage(6, LogLevel.Error, "Storage circuit opened for {BreakSeconds} s after repeated failures ({Reason})")]
    public static partial void CircuitOpened(this ILogger logger, double breakSeconds, string reason);

    [LoggerMessage(7, LogLevel.Information, "Storage circuit closed: storage answers again")]
    public static partial void CircuitClosed(this ILogger logger);

    [LoggerMessage(8, LogLevel.Error, "Storage is unavailable ({Reason})")]
    public static partial void StorageUnavailable(this ILogger logger, string reason);

    [LoggerMessage(9, LogLevel.Information, "Storage tables {TicketsTable} and {DialogsTable} are ready")]
    public static partial void TablesReady(this ILogger logger, string ticketsTable, string dialogsTable);

    [LoggerMessage(10, LogLevel.Warning, "Storage probe failed: {Description}")]
    public static partial void ProbeFailed(this ILogger logger, string description);

    [LoggerMessage(11, LogLevel.Debug, "Dialog write refused: another version is stored (status {Status})")]
    public static partial void DialogConflict(this ILogger logger, int status);

    [LoggerMessage(12, LogLevel.Warning, "Save of {Ticket} failed on transaction action {Action} (status {Status}); reported as a conflict")]
    public static partial void IncidentIndexOutOfStep(this ILogger logger, TicketId ticket, int action, int status);
}
