namespace ChatOpsItsm.Engine.Conversation;

/// <summary>A text message addressed to the bot (a command, or plain text that starts the intake).</summary>
public sealed record InboundMessage(string EventId, ChannelUser User, ConversationAddress Conversation, string Text)
    : InboundEvent(EventId, User, Conversation);
