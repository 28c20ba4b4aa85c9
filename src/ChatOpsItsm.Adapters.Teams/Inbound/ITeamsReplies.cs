using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// Posts the engine's replies to an authenticated activity back into its conversation, now, as replies to it
/// (<c>POST {serviceUrl}v3/conversations/{id}/activities/{activityId}</c>). Throws when the connector cannot be
/// reached; the caller then hands the replies to the delivery queue.
/// </summary>
internal interface ITeamsReplies
{
    Task SendAsync(JsonActivity incoming, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}
