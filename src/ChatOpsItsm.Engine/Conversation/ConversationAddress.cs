namespace ChatOpsItsm.Engine.Conversation;

/// <summary>Where an event came from and where its replies go: <c>platform:conversationId</c>.</summary>
public sealed record ConversationAddress(string Platform, string ConversationId)
{
    public override string ToString() => $"{Platform}:{ConversationId}";
}
