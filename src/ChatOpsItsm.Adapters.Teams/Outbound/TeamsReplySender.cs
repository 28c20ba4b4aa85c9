using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Outbound;

/// <summary>
/// Answers an authenticated inbound activity in its own conversation, as replies to it, through the activity's own
/// service URL (brief §4.2). The inbound processor calls it; what fails is its to hand to the delivery queue.
/// </summary>
internal sealed class TeamsReplySender(TeamsSender sender)
{
    /// <summary>Sends each reply's activities in order; returns the id of the last activity sent.</summary>
    /// <exception cref="ArgumentException">The activity has no service URL, conversation id or id.</exception>
    public async Task<string?> ReplyAsync(JsonActivity incoming, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(replies);
        string serviceUrl = Required(incoming.ServiceUrl, "serviceUrl");
        string conversationId = Required(incoming.Conversation?.Id, "conversation.id");
        string activityId = Required(incoming.Id, "id");
        JsonChannelAccount? bot = incoming.Recipient?.Id is { Length: > 0 } botId ? new JsonChannelAccount { Id = botId, Name = incoming.Recipient.Name } : null;
        string? last = null;
        foreach (Reply reply in replies)
        {
            last = await sender.ReplyAsync(serviceUrl, conversationId, activityId, bot, reply, cancellationToken);
        }

        return last;
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The activity has no {name}.", nameof(value)) : value;
}
