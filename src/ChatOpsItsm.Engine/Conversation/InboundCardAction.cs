namespace ChatOpsItsm.Engine.Conversation;

/// <summary>A click on a card button: the button's action id and the data it carried.</summary>
public sealed record InboundCardAction(
    string EventId, ChannelUser User, ConversationAddress Conversation, string ActionId, IReadOnlyDictionary<string, string> Data)
    : InboundEvent(EventId, User, Conversation);
