namespace ChatOpsItsm.Engine.Conversation;

/// <summary>A submitted form: the submit action's id and every input's value, merged with the button's data.</summary>
public sealed record InboundFormSubmission(
    string EventId, ChannelUser User, ConversationAddress Conversation, string FormId, IReadOnlyDictionary<string, string> Values)
    : InboundEvent(EventId, User, Conversation);
