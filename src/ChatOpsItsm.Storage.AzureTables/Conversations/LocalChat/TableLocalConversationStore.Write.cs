using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Resilience;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat;

internal sealed partial class TableLocalConversationStore
{
    /// <summary>How often a write re-reads and tries again when other writers moved the conversation meanwhile.</summary>
    private const int MaxAttempts = 50;

    /// <summary>
    /// Reads the head and, with a key, the key row (and upserts the key index entry) at once, then submits one
    /// transaction: a new message, or the keyed message updated in place. A message id used before returns the
    /// message it posted, unchanged.
    /// </summary>
    public async Task<LocalMessage> PostAsync(
        string conversationId,
        string messageId,
        string author,
        string authorName,
        Reply content,
        string? messageKey,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(authorName);
        ArgumentNullException.ThrowIfNull(content);
        if (messageKey is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(messageKey);
        }

        string partition = LocalChatKeys.Partition(conversationId);
        LocalMessage fresh = new(conversationId, messageId, author, authorName, content, at, 1, messageKey);
        // The index entry is written before the key row it leads to, so UpdateByKeyAsync finds every keyed message.
        Task indexed = messageKey is null ? Task.CompletedTask : IndexKeyAsync(messageKey, conversationId, cancellationToken);
        LocalMessage? posted = await WriteAsync(
            partition,
            conversationId,
            messageKey,
            indexed,
            (head, keyRow) => keyRow is null
                ? LocalChatWrite.Post(partition, head, fresh, at)
                : LocalChatWrite.Update(partition, head, keyRow, conversationId, messageKey!, messageId, content, at),
            cancellationToken);
        return posted ?? throw new InvalidOperationException("A post always plans a write.");
    }

    /// <summary>One partition query of the key index, then, in each conversation at once, the same update as a keyed post.</summary>
    public async Task UpdateByKeyAsync(string messageKey, Reply content, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageKey);
        ArgumentNullException.ThrowIfNull(content);
        IReadOnlyList<string> conversations = await ReadKeyIndexAsync(messageKey, cancellationToken);
        await Task.WhenAll(conversations.Select(async conversationId =>
        {
            string partition = LocalChatKeys.Partition(conversationId);
            // No key row: the post that wrote the index entry never landed; there is nothing to update there.
            await WriteAsync(
                partition,
                conversationId,
                messageKey,
                Task.CompletedTask,
                (head, keyRow) => keyRow is null
                    ? null
                    : LocalChatWrite.Update(partition, head, keyRow, conversationId, messageKey, null, content, at),
                cancellationToken);
        }));
    }

    /// <summary>Read, plan, submit; again while other writers got in first. Null when the plan was to do nothing.</summary>
    private async Task<LocalMessage?> WriteAsync(
        string partition,
        string conversationId,
        string? messageKey,
        Task before,
        Func<TableEntity?, TableEntity?, LocalChatWrite?> plan,
        CancellationToken cancellationToken)
    {
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            Task<TableEntity?> head = ReadRowAsync(partition, LocalChatKeys.Head, cancellationToken);
            Task<TableEntity?> keyRow = messageKey is null
                ? Task.FromResult<TableEntity?>(null)
                : ReadRowAsync(partition, LocalChatKeys.Key(messageKey), cancellationToken);
            await Task.WhenAll(head, keyRow, before);
            LocalChatWrite? write = plan(await head, await keyRow);
            if (write is null)
            {
                return null;
            }

            RequestFailedException? refused = await SubmitAsync(partition, conversationId, write, cancellationToken);
            if (refused is null)
            {
                return write.Message;
            }

            if (write.IdMarker is { } marker
                && MayBeTheIdMarker(refused)
                && await ReadRowAsync(partition, marker, cancellationToken) is { } used)
            {
                return await ReadPostedAsync(partition, conversationId, used, cancellationToken);
            }

            _logger.LocalChatContended(conversationId, refused.Status, attempt + 1);
        }

        _logger.LocalChatGaveUp(conversationId, MaxAttempts);
        throw new StorageUnavailableException("The local chat conversation is too busy right now; try again.");
    }

    /// <summary>Null when the transaction committed; otherwise why it was refused (409 or 412).</summary>
    private async Task<RequestFailedException?> SubmitAsync(string partition, string conversationId, LocalChatWrite write, CancellationToken cancellationToken)
    {
        int attempts = 0;
        try
        {
            await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await _table.SubmitTransactionAsync(write.Actions, token);
                },
                cancellationToken);
            return null;
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            // A retry refused because the first attempt landed: the head carries that attempt's write id.
            if (attempts > 1 && WriteIds.IsOurs(await ReadRowAsync(partition, LocalChatKeys.Head, cancellationToken), write.WriteId))
            {
                _logger.LocalChatRetryAlreadyApplied(conversationId);
                return null;
            }

            return exception;
        }
    }

    /// <summary>The marker is action 0 and an add: only a 409 on action 0 (or on an action the service did not name) can be it.</summary>
    private static bool MayBeTheIdMarker(RequestFailedException refused) =>
        refused.Status == 409 && refused is not TableTransactionFailedException { FailedTransactionActionIndex: > 0 };

    /// <summary>The message a used message id points at, as it stands now.</summary>
    private async Task<LocalMessage> ReadPostedAsync(string partition, string conversationId, TableEntity marker, CancellationToken cancellationToken)
    {
        string messageRow = LocalChatRows.MessageRowOf(marker);
        TableEntity row = await ReadRowAsync(partition, messageRow, cancellationToken)
            ?? throw new InvalidDataException($"Message id marker '{marker.RowKey}' points at a missing message.");
        return LocalChatRows.ToMessage(conversationId, row);
    }

    private async Task IndexKeyAsync(string messageKey, string conversationId, CancellationToken cancellationToken)
    {
        TableEntity entry = LocalChatRows.KeyIndex(messageKey, conversationId);
        await _pipeline.ExecuteAsync(
            async token => await _table.UpsertEntityAsync(entry, TableUpdateMode.Replace, token), cancellationToken);
    }

    private async Task<IReadOnlyList<string>> ReadKeyIndexAsync(string messageKey, CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {LocalChatKeys.KeyIndexPartition(messageKey)}");
        List<string> conversations = [];
        string? continuation = null;
        do
        {
            (IReadOnlyList<TableEntity> rows, continuation) = await TableReads.ReadPageAsync(
                _pipeline, _table, filter, TableReads.MaxPageSize, LocalChatRows.KeyIndexProperties, continuation, cancellationToken);
            conversations.AddRange(rows.Select(LocalChatRows.ConversationOf));
        }
        while (continuation is not null);

        return conversations;
    }

    private async Task<TableEntity?> ReadRowAsync(string partition, string rowKey, CancellationToken cancellationToken) =>
        await TableReads.ReadRowAsync(_pipeline, _table, partition, rowKey, select: null, cancellationToken);
}
