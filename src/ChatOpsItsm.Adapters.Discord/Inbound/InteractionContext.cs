using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// A verified interaction and what the engine needs of it: its id (the engine's event id), the person, the
/// conversation, the channel data, and the continuation <see cref="Token"/> (a bearer credential: never logged).
/// </summary>
internal sealed record InteractionContext(
    JsonInteraction Interaction,
    string Id,
    string Token,
    ChannelUser User,
    ConversationAddress Conversation,
    IReadOnlyDictionary<string, string> ChannelData,
    DateTimeOffset ReceivedAt)
{
    /// <summary>How long the token serves follow-ups and edits (brief §3).</summary>
    public static TimeSpan TokenLifetime { get; } = TimeSpan.FromMinutes(15);

    public bool IsComponent => Interaction.Type == InteractionTypes.MessageComponent;

    /// <summary>A DM (no <c>guild_id</c>, brief §2): no thread, so no war room, can open there.</summary>
    public bool IsDirect => string.IsNullOrEmpty(Interaction.GuildId);

    /// <summary>Replies to deliver through the interaction's reply route; one work item per interaction.</summary>
    public InteractionReplyWork ReplyWork(IReadOnlyList<Reply> replies, InteractionReplyMode mode, DateTimeOffset now) =>
        new($"discord-reply:{Id}", now, Conversation, Token, ReceivedAt + TokenLifetime, replies, mode);
}
