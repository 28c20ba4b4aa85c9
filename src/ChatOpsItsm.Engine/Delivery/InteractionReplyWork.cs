using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// The answer to an interaction the channel had to acknowledge before the engine finished (Discord's 3-second rule):
/// the engine's <see cref="Replies"/>, delivered through the interaction's own reply route while
/// <see cref="InteractionToken"/> is valid (until <see cref="TokenExpiresAt"/>), and posted to
/// <see cref="Conversation"/> as an ordinary message after that. Queued, so it survives a restart of the instance
/// that took the interaction. <see cref="Mode"/> says how the interaction was acknowledged, so where each reply goes.
/// </summary>
/// <remarks>The token is a bearer credential: it is stored with the work item and never logged or shown.</remarks>
public sealed record InteractionReplyWork(
    string WorkId,
    DateTimeOffset NotBefore,
    ConversationAddress Conversation,
    string InteractionToken,
    DateTimeOffset TokenExpiresAt,
    IReadOnlyList<Reply> Replies,
    InteractionReplyMode Mode) : OutboundWork(WorkId, NotBefore)
{
    /// <summary>
    /// Another work item whose delivery makes this one unnecessary: set on the notice that an interaction was interrupted,
    /// which stays quiet when the real answer (this id) was delivered.
    /// </summary>
    public string? SkipIfDone { get; init; }

    /// <summary>Never prints the token (records print every property by default).</summary>
    public override string ToString() => $"InteractionReplyWork {{ WorkId = {WorkId}, Conversation = {Conversation}, Replies = {Replies.Count} }}";
}
