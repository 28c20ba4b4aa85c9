using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.LocalChannel;

/// <summary>
/// The local channel's conversations, kept in storage so every instance serves the same history and live
/// feed. Posting is idempotent by <c>messageId</c>; with a <c>messageKey</c> already used in that
/// conversation, posting replaces that message's content instead.
/// </summary>
public interface ILocalConversationStore
{
    Task<LocalMessage> PostAsync(
        string conversationId,
        string messageId,
        string author,
        string authorName,
        Reply content,
        string? messageKey,
        DateTimeOffset at,
        CancellationToken cancellationToken);

    /// <summary>Replaces the content of every message posted under <paramref name="messageKey"/>, in every conversation.</summary>
    Task UpdateByKeyAsync(string messageKey, Reply content, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The conversation's latest <paramref name="max"/> messages as they stand now, oldest first.</summary>
    Task<IReadOnlyList<LocalMessage>> ReadAsync(string conversationId, int max, CancellationToken cancellationToken);

    /// <summary>Messages posted or updated after <paramref name="cursor"/> (null: from now on), for live updates.</summary>
    Task<LocalChanges> ReadChangesAsync(string conversationId, string? cursor, CancellationToken cancellationToken);
}
