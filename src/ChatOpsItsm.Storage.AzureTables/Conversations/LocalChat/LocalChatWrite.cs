using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat;

/// <summary>
/// One change to a conversation, planned from its <c>head</c> and message-key row as read: one transaction in the
/// conversation's partition, and the message as it stands once that commits. The head moves to the next change
/// number on its ETag, so two writers never take the same number and the feed has no gaps a reader could skip.
/// </summary>
internal sealed class LocalChatWrite
{
    private LocalChatWrite(LocalMessage message, IReadOnlyList<TableTransactionAction> actions, string? idMarker, Guid writeId)
    {
        Message = message;
        Actions = actions;
        IdMarker = idMarker;
        WriteId = writeId;
    }

    public LocalMessage Message { get; }

    public IReadOnlyList<TableTransactionAction> Actions { get; }

    /// <summary>The row key of the message-id marker, action 0 when present: a 409 there means "posted before".</summary>
    public string? IdMarker { get; }

    /// <summary>Stamped on the head, so a retried transaction can tell that its first attempt landed.</summary>
    public Guid WriteId { get; }

    /// <summary>A new message: its id marker, the head, the message row, its key row (if keyed) and a feed row, all added.</summary>
    public static LocalChatWrite Post(string partition, TableEntity? head, LocalMessage message, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(message);
        long sequence = LocalChatRows.LastOf(head) + 1;
        string messageRow = LocalChatKeys.Message(sequence);
        Guid writeId = Guid.NewGuid();
        TableEntity marker = LocalChatRows.IdMarker(partition, message.MessageId, messageRow);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Add, marker),
            MoveHead(partition, head, sequence, writeId),
            new(TableTransactionActionType.Add, LocalChatRows.Message(partition, messageRow, message, at)),
        ];
        if (message.MessageKey is { } messageKey)
        {
            KeyedMessage keyed = new(messageRow, message.MessageId, message.Author, message.AuthorName, message.At, message.Revision);
            actions.Add(new(TableTransactionActionType.Add, LocalChatRows.KeyRow(partition, messageKey, keyed)));
        }

        actions.Add(new(TableTransactionActionType.Add, LocalChatRows.Feed(partition, sequence, messageRow, message, at)));
        return new LocalChatWrite(message, actions, marker.RowKey, writeId);
    }

    /// <summary>
    /// New content for the message under <paramref name="keyRow"/>: the key row moves to the next revision on its
    /// ETag (no lost update), the message row is replaced, a feed row is added; with a
    /// <paramref name="messageId"/>, its marker too, so posting it again changes nothing.
    /// </summary>
    public static LocalChatWrite Update(
        string partition,
        TableEntity? head,
        TableEntity keyRow,
        string conversationId,
        string messageKey,
        string? messageId,
        Reply content,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(keyRow);
        KeyedMessage keyed = LocalChatRows.ToKeyed(keyRow);
        long sequence = LocalChatRows.LastOf(head) + 1;
        Guid writeId = Guid.NewGuid();
        LocalMessage message = new(
            conversationId, keyed.MessageId, keyed.Author, keyed.AuthorName, content, keyed.At, keyed.Revision + 1, messageKey);
        TableEntity? marker = messageId is null ? null : LocalChatRows.IdMarker(partition, messageId, keyed.MessageRow);
        List<TableTransactionAction> actions = marker is null ? [] : [new(TableTransactionActionType.Add, marker)];
        actions.Add(MoveHead(partition, head, sequence, writeId));
        actions.Add(new(
            TableTransactionActionType.UpdateReplace,
            LocalChatRows.KeyRow(partition, messageKey, keyed with { Revision = message.Revision }),
            keyRow.ETag));
        // Unconditional: every change to a keyed message goes through its key row, whose ETag is checked above.
        actions.Add(new(TableTransactionActionType.UpdateReplace, LocalChatRows.Message(partition, keyed.MessageRow, message, at), ETag.All));
        actions.Add(new(TableTransactionActionType.Add, LocalChatRows.Feed(partition, sequence, keyed.MessageRow, message, at)));
        return new LocalChatWrite(message, actions, marker?.RowKey, writeId);
    }

    private static TableTransactionAction MoveHead(string partition, TableEntity? head, long sequence, Guid writeId) =>
        head is null
            ? new(TableTransactionActionType.Add, LocalChatRows.Head(partition, sequence, writeId))
            : new(TableTransactionActionType.UpdateReplace, LocalChatRows.Head(partition, sequence, writeId), head.ETag);
}
