using Azure.Data.Tables;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat.Json;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using static ChatOpsItsm.Storage.AzureTables.EntityProperties;

namespace ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat;

/// <summary>
/// The rows of the LocalChat table ↔ <see cref="LocalMessage"/>. A message row <c>m|…</c> and a feed row
/// <c>f|…</c> carry the same message properties (MessageId, Author, AuthorName, At, Revision, MessageKey?,
/// UpdatedAt, Content…); a feed row adds MessageRow, the message it is a revision of.
/// </summary>
internal static class LocalChatRows
{
    private const string MessageId = "MessageId";
    private const string Author = "Author";
    private const string AuthorName = "AuthorName";
    private const string At = "At";
    private const string Revision = "Revision";
    private const string MessageKey = "MessageKey";
    private const string UpdatedAt = "UpdatedAt";
    private const string MessageRow = "MessageRow";
    private const string Last = "Last";
    private const string ConversationId = "ConversationId";

    public static IReadOnlyList<string> KeyIndexProperties { get; } = [ConversationId];

    public static TableEntity Message(string partition, string messageRow, LocalMessage message, DateTimeOffset updatedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        TableEntity entity = new(partition, messageRow)
        {
            [MessageId] = message.MessageId,
            [Author] = message.Author,
            [AuthorName] = message.AuthorName,
            [At] = Utc(message.At),
            [Revision] = message.Revision,
            [UpdatedAt] = Utc(updatedAt),
        };
        SetOptional(entity, MessageKey, message.MessageKey);
        ContentProperties.Write(entity, ReplyJsonMapper.ToJson(message.Content));
        return entity;
    }

    public static TableEntity Feed(string partition, long sequence, string messageRow, LocalMessage message, DateTimeOffset updatedAt)
    {
        TableEntity entity = Message(partition, LocalChatKeys.Feed(sequence), message, updatedAt);
        entity[MessageRow] = messageRow;
        return entity;
    }

    /// <summary>A message or feed row as the message it holds.</summary>
    public static LocalMessage ToMessage(string conversationId, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new LocalMessage(
            conversationId,
            RequiredString(entity, MessageId),
            RequiredString(entity, Author),
            RequiredString(entity, AuthorName),
            ReplyJsonMapper.FromJson(ContentProperties.Read(entity)),
            RequiredTime(entity, At),
            RequiredInt64(entity, Revision),
            entity.GetString(MessageKey));
    }

    public static TableEntity KeyRow(string partition, string messageKey, KeyedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new TableEntity(partition, LocalChatKeys.Key(messageKey))
        {
            [MessageRow] = message.MessageRow,
            [MessageId] = message.MessageId,
            [Author] = message.Author,
            [AuthorName] = message.AuthorName,
            [At] = Utc(message.At),
            [Revision] = message.Revision,
        };
    }

    public static KeyedMessage ToKeyed(TableEntity keyRow)
    {
        ArgumentNullException.ThrowIfNull(keyRow);
        return new KeyedMessage(
            RequiredString(keyRow, MessageRow),
            RequiredString(keyRow, MessageId),
            RequiredString(keyRow, Author),
            RequiredString(keyRow, AuthorName),
            RequiredTime(keyRow, At),
            RequiredInt64(keyRow, Revision));
    }

    /// <summary>The marker that a message id was used, pointing at the message it posted or updated.</summary>
    public static TableEntity IdMarker(string partition, string messageId, string messageRow) =>
        new(partition, LocalChatKeys.Id(messageId)) { [MessageRow] = messageRow };

    /// <summary>The message an id marker or a feed row points at.</summary>
    public static string MessageRowOf(TableEntity entity) => RequiredString(entity, MessageRow);

    public static TableEntity Head(string partition, long last, Guid writeId) =>
        new(partition, LocalChatKeys.Head) { [Last] = last, [WriteIds.PropertyName] = writeId };

    /// <summary>The number of the conversation's last change; 0 before the first.</summary>
    public static long LastOf(TableEntity? head) => head is null ? 0 : RequiredInt64(head, Last);

    public static TableEntity KeyIndex(string messageKey, string conversationId) =>
        new(LocalChatKeys.KeyIndexPartition(messageKey), LocalChatKeys.Partition(conversationId)) { [ConversationId] = conversationId };

    public static string ConversationOf(TableEntity keyIndexRow) => RequiredString(keyIndexRow, ConversationId);
}
