using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Conversation;

/// <summary>
/// What the engine answers to one inbound event, in the order to show it. <see cref="Duplicate"/> marks an event
/// already handled (a channel redelivered it): there is nothing to show and nothing was changed.
/// </summary>
public sealed record EngineResponse(IReadOnlyList<Reply> Replies, bool Duplicate = false)
{
    /// <summary>The answer to a redelivered event: no replies.</summary>
    public static EngineResponse AlreadyHandled { get; } = new([], Duplicate: true);

    public static EngineResponse Of(params Reply[] replies) => new(replies);
}
