using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Conversation;

/// <summary>What the engine answers to one inbound event, in the order to show it.</summary>
public sealed record EngineResponse(IReadOnlyList<Reply> Replies)
{
    public static EngineResponse Of(params Reply[] replies) => new(replies);
}
