using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables;

/// <summary>Every log line of the storage project. Ids, statuses and counts only: never keys, payloads or connection strings.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "{Partition} number {Number} is taken; trying the next one")]
    public static partial void TicketNumberTaken(this ILogger logger, string partition, long number);

    [LoggerMessage(2, LogLevel.Information, "{Partition} numbering jumped to {Next} after {Conflicts} taken numbers in a row")]
    public static partial void TicketNumberJumped(this ILogger logger, string partition, long next, int conflicts);

    [LoggerMessage(3, LogLevel.Information, "A retried write of {Record} had already been applied by an earlier attempt")]
    public static partial void RetriedWriteAlreadyApplied(this ILogger logger, string record);

    [LoggerMessage(4, LogLevel.Debug, "Save of {Ticket} refused: it changed since it was read (status {Status})")]
    public static partial void TicketSaveConflict(this ILogger logger, TicketId ticket, int status);

    [LoggerMessage(5, LogLevel.Warning, "Storage call failed ({Reason}); attempt {Attempt} follows in {DelayMilliseconds} ms")]
    public static partial void StorageRetry(this ILogger logger, string reason, int attempt, double delayMilliseconds);

    [LoggerMessage(6, LogLevel.Error, "Storage circuit opened for {BreakSeconds} s after repeated failures ({Reason})")]
    public static partial void CircuitOpened(this ILogger logger, double breakSeconds, string reason);

    [LoggerMessage(7, LogLevel.Information, "Storage circuit closed: storage answers again")]
    public static partial void CircuitClosed(this ILogger logger);

    [LoggerMessage(8, LogLevel.Error, "Storage is unavailable ({Reason})")]
    public static partial void StorageUnavailable(this ILogger logger, string reason);

    [LoggerMessage(9, LogLevel.Information, "Storage tables {TicketsTable}, {DialogsTable}, {DeliveriesTable} and queue {Queue} are ready")]
    public static partial void TablesReady(this ILogger logger, string ticketsTable, string dialogsTable, string deliveriesTable, string queue);

    [LoggerMessage(10, LogLevel.Warning, "Storage probe failed: {Description}")]
    public static partial void ProbeFailed(this ILogger logger, string description);

    [LoggerMessage(11, LogLevel.Debug, "Dialog write refused: another version is stored (status {Status})")]
    public static partial void DialogConflict(this ILogger logger, int status);

    [LoggerMessage(12, LogLevel.Warning, "Save of {Ticket} failed on transaction action {Action} (status {Status}); reported as a conflict")]
    public static partial void TicketIndexOutOfStep(this ILogger logger, TicketId ticket, int action, int status);

    [LoggerMessage(13, LogLevel.Warning, "Outbox flush of {Items} item(s) in {Partition} was not queued ({Reason}); the sweeper will queue it")]
    public static partial void OutboxNotQueued(this ILogger logger, int items, string partition, string reason);

    [LoggerMessage(14, LogLevel.Debug, "Flush of {Items} item(s) in {Partition} forwarded to the queue")]
    public static partial void FlushForwarded(this ILogger logger, int items, string partition);

    [LoggerMessage(15, LogLevel.Debug, "Work {WorkId} ({Kind}) is due in {RemainingSeconds} s; queued again for {StepSeconds} s")]
    public static partial void WorkStepped(this ILogger logger, string workId, string kind, double remainingSeconds, double stepSeconds);

    [LoggerMessage(16, LogLevel.Debug, "Work {WorkId} ({Kind}) {Status} on attempt {Attempt}")]
    public static partial void WorkHandled(this ILogger logger, string workId, string kind, DeliveryStatus status, long attempt);

    [LoggerMessage(17, LogLevel.Warning, "Work {WorkId} ({Kind}) failed on attempt {Attempt} of {MaxAttempts} ({ExceptionType}); retrying in {DelaySeconds} s")]
    public static partial void WorkAttemptFailed(
        this ILogger logger, string workId, string kind, long attempt, int maxAttempts, string exceptionType, double delaySeconds);

    [LoggerMessage(18, LogLevel.Warning, "Work {WorkId} ({Kind}) waits {DelaySeconds} s: storage is unavailable")]
    public static partial void WorkWaitsForStorage(this ILogger logger, string workId, string kind, double delaySeconds);

    [LoggerMessage(19, LogLevel.Error, "Work {WorkId} ({Kind}) failed {Attempts} time(s) and was moved aside ({ExceptionType})")]
    public static partial void WorkMovedAside(this ILogger logger, string workId, string kind, long attempts, string exceptionType);

    [LoggerMessage(20, LogLevel.Error, "Queue message {MessageId} is not readable work and was moved aside")]
    public static partial void UnreadableMessageMovedAside(this ILogger logger, string messageId);

    [LoggerMessage(21, LogLevel.Warning, "Queue message {MessageId} could not be processed ({Reason}); it surfaces again later")]
    public static partial void MessageLeftOnQueue(this ILogger logger, string messageId, string reason);

    [LoggerMessage(22, LogLevel.Warning, "Queue {Queue} could not be read ({Reason})")]
    public static partial void QueueUnreadable(this ILogger logger, string queue, string reason);

    [LoggerMessage(23, LogLevel.Information, "Sweeper queued {Items} outbox item(s) of {Partition} that had not been queued")]
    public static partial void OutboxSwept(this ILogger logger, int items, string partition);

    [LoggerMessage(24, LogLevel.Warning, "Outbox sweep of {Partition} failed ({Reason})")]
    public static partial void SweepFailed(this ILogger logger, string partition, string reason);

    [LoggerMessage(25, LogLevel.Information, "Failed work {WorkId} was queued again")]
    public static partial void FailedWorkReplayed(this ILogger logger, string workId);

    // The conversation tables: references, inbound ledger, preferences, local chat.
    [LoggerMessage(201, LogLevel.Information, "Conversation tables {ConversationsTable}, {InboundTable} and {LocalChatTable} are ready")]
    public static partial void ConversationTablesReady(this ILogger logger, string conversationsTable, string inboundTable, string localChatTable);

    [LoggerMessage(202, LogLevel.Information, "Inbound ledger purged {Rows} records from the day buckets before {Cutoff}")]
    public static partial void InboundLedgerPurged(this ILogger logger, int rows, string cutoff);

    [LoggerMessage(203, LogLevel.Debug, "Inbound ledger purge skipped a batch of {Rows} records in bucket {Bucket}: they changed meanwhile (status {Status})")]
    public static partial void InboundPurgeBatchSkipped(this ILogger logger, int rows, string bucket, int status);

    [LoggerMessage(204, LogLevel.Debug, "Local chat write to conversation {Conversation} met another writer (status {Status}); attempt {Attempt} follows")]
    public static partial void LocalChatContended(this ILogger logger, string conversation, int status, int attempt);

    [LoggerMessage(205, LogLevel.Information, "A retried local chat write to conversation {Conversation} had already been applied by an earlier attempt")]
    public static partial void LocalChatRetryAlreadyApplied(this ILogger logger, string conversation);

    [LoggerMessage(206, LogLevel.Warning, "Local chat write to conversation {Conversation} gave up after {Attempts} attempts: too many writers at once")]
    public static partial void LocalChatGaveUp(this ILogger logger, string conversation, int attempts);
}
