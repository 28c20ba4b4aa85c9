using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Conversations;

/// <summary>
/// The log lines of the conversation tables, event ids 201 and up (kept apart from <c>Log.cs</c> while it is
/// being changed; merge them there). Ids, counts and statuses only: never keys, texts or payloads.
/// </summary>
internal static partial class ConversationsLog
{
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
