using ChatOpsItsm.Domain.Identity;

namespace ChatOpsItsm.Engine.Conversation;

/// <summary>
/// What the bot needs to reach a conversation or a person later without being spoken to first.
/// <see cref="ChannelData"/> holds the channel's own addressing (Teams: serviceUrl, tenant; Discord: guild).
/// </summary>
public sealed record ConversationReference(
    ConversationAddress Conversation,
    UserIdentity? User,
    IReadOnlyDictionary<string, string> ChannelData,
    DateTimeOffset SeenAt);
