namespace ChatOpsItsm.Engine.Conversation;

/// <summary>
/// Something a person did in a chat, in platform-neutral form. <see cref="EventId"/> is the channel's own
/// id for the event (Teams activity id, Discord interaction id, a client id for the local chat).
/// </summary>
public abstract record InboundEvent(string EventId, ChannelUser User, ConversationAddress Conversation)
{
    /// <summary>The channel's own addressing for replying later (Teams: serviceUrl, tenant), kept with the conversation reference.</summary>
    public IReadOnlyDictionary<string, string> ChannelData { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A one-to-one or group chat rather than a channel: no thread (war room) can open under it. Set by the adapter
    /// (Teams personal and group chats, Discord DMs, the local <c>dm:</c> conversations).
    /// </summary>
    public bool IsDirect { get; init; }
}
