using Azure.Data.Tables;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat;

/// <summary>
/// <see cref="ILocalConversationStore"/> on the LocalChat table, safe with several instances: every change to a
/// conversation is one transaction in its partition that moves the conversation's <c>head</c> on its ETag and
/// adds a numbered feed row, so readers follow the feed by number and never miss a change (see
/// docs/storage.md §13). Reads are one range query each.
/// </summary>
internal sealed partial class TableLocalConversationStore : ILocalConversationStore
{
    private readonly TableClient _table;
    private readonly StorageResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    public TableLocalConversationStore(ConversationTables tables, StorageResiliencePipeline pipeline, ILogger<TableLocalConversationStore> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.LocalChat;
        _pipeline = pipeline;
        _logger = logger;
    }

    /// <summary>One range query over the <c>m|</c> rows, newest first (their keys are inverted), turned oldest first.</summary>
    public async Task<IReadOnlyList<LocalMessage>> ReadAsync(string conversationId, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        KeyRange range = LocalChatKeys.Messages;
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {LocalChatKeys.Partition(conversationId)} and RowKey ge {range.From} and RowKey lt {range.To}");
        List<LocalMessage> newestFirst = [];
        string? continuation = null;
        do
        {
            (IReadOnlyList<TableEntity> rows, continuation) = await TableReads.ReadPageAsync(
                _pipeline, _table, filter, max - newestFirst.Count, select: null, continuation, cancellationToken);
            newestFirst.AddRange(rows.Take(max - newestFirst.Count).Select(row => LocalChatRows.ToMessage(conversationId, row)));
        }
        while (continuation is not null && newestFirst.Count < max);

        newestFirst.Reverse();
        return newestFirst;
    }

    /// <summary>
    /// A null cursor is one point read of the head: its number is the cursor, with no messages. Otherwise one range
    /// query from the cursor's own feed row to the end (at most 1,000 changes; the returned cursor continues).
    /// </summary>
    public async Task<LocalChanges> ReadChangesAsync(string conversationId, string? cursor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        string partition = LocalChatKeys.Partition(conversationId);
        if (cursor is null)
        {
            TableEntity? head = await TableReads.ReadRowAsync(_pipeline, _table, partition, LocalChatKeys.Head, select: null, cancellationToken);
            return new LocalChanges([], LocalChatKeys.Cursor(LocalChatRows.LastOf(head)));
        }

        if (LocalChatKeys.TryParseCursor(cursor, out long after))
        {
            IReadOnlyList<TableEntity> rows = await ReadFeedAsync(partition, after, cancellationToken);
            // A cursor this feed handed out names a change that exists (0: before the first change).
            if (after == 0 || (rows.Count > 0 && rows[0].RowKey == LocalChatKeys.Feed(after)))
            {
                return Changes(conversationId, rows, after);
            }
        }

        // A cursor this feed never handed out (another store, an emulator restarted empty, a made-up value): the
        // reader has seen none of these changes, so they start from the beginning.
        return Changes(conversationId, await ReadFeedAsync(partition, 0, cancellationToken), 0);
    }

    private async Task<IReadOnlyList<TableEntity>> ReadFeedAsync(string partition, long from, CancellationToken cancellationToken)
    {
        KeyRange range = LocalChatKeys.FeedFrom(from);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {range.From} and RowKey lt {range.To}");
        (IReadOnlyList<TableEntity> rows, _) = await TableReads.ReadPageAsync(
            _pipeline, _table, filter, TableReads.MaxPageSize, select: null, continuation: null, cancellationToken);
        return rows;
    }

    /// <summary>The changes after <paramref name="after"/>: each changed message once, at its newest revision, in posting order.</summary>
    private static LocalChanges Changes(string conversationId, IReadOnlyList<TableEntity> rows, long after)
    {
        TableEntity[] newer = [.. rows.Where(row => LocalChatKeys.SequenceOfFeed(row.RowKey) > after)];
        long last = newer.Length > 0 ? LocalChatKeys.SequenceOfFeed(newer[^1].RowKey) : after;
        LocalMessage[] messages =
        [
            .. newer
                .GroupBy(LocalChatRows.MessageRowOf, StringComparer.Ordinal)
                // Feed rows come in change order, so a message's last one is its newest revision.
                .Select(changes => changes.Last())
                .OrderBy(row => LocalChatKeys.SequenceOfMessage(LocalChatRows.MessageRowOf(row)))
                .Select(row => LocalChatRows.ToMessage(conversationId, row)),
        ];
        return new LocalChanges(messages, LocalChatKeys.Cursor(last));
    }
}
