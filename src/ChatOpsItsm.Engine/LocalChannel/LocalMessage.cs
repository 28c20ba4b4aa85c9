using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.LocalChannel;

/// <summary>
/// One message of a local-chat conversation as it stands now. <see cref="Revision"/> grows each time the
/// message is updated in place (a card refreshed under its <see cref="MessageKey"/>).
/// </summary>
public sealed record LocalMessage(
    string ConversationId,
    string MessageId,
    string Author,
    string AuthorName,
    Reply Content,
    DateTimeOffset At,
    long Revision,
    string? MessageKey);
