using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// A message a channel posted under a stable key (<c>vote-card:CHG-1001</c>), with the platform's own id for
/// it, so a later update can find every copy. <see cref="ChannelData"/> holds what the platform needs to edit
/// it (Teams: serviceUrl).
/// </summary>
public sealed record PostedMessage(
    string MessageKey,
    ConversationAddress Conversation,
    string PlatformMessageId,
    IReadOnlyDictionary<string, string> ChannelData);
