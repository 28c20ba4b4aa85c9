using ChatOpsItsm.Adapters.Teams.Outbound;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>The production <see cref="ITeamsReplies"/>: the outbound side's <see cref="TeamsReplySender"/>.</summary>
internal sealed class ConnectorReplies(TeamsReplySender sender) : ITeamsReplies
{
    public async Task SendAsync(JsonActivity incoming, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        await sender.ReplyAsync(incoming, replies, cancellationToken);
}
