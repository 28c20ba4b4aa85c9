using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// Renders a vote card afresh when it is delivered. Every vote queues its own refresh of the same message; the
/// workers deliver them in any order, so a card rendered when the vote was cast could land after a newer one and
/// put an open vote with buttons back over the decision. Read at delivery, the last refresh to be sent shows the
/// change as it is by then.
/// </summary>
public sealed class VoteCardRefresh(IChangeStore store, ChangeOverlaps overlaps, VoteCards voteCards)
{
    private const string KeyPrefix = "vote-card:";

    /// <summary>The current vote card for a <c>vote-card:CHG-…</c> key; any other message, or a change gone, as it is.</summary>
    public async Task<Reply> LatestAsync(string? messageKey, Reply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (messageKey is null || !messageKey.StartsWith(KeyPrefix, StringComparison.Ordinal)
            || !TicketId.TryParse(messageKey[KeyPrefix.Length..], out TicketId id) || id.Type != TicketType.Change)
        {
            return message;
        }

        StoredChange? stored = await store.GetAsync(id, cancellationToken);
        if (stored?.Change is not { Voting: not null } change)
        {
            return message;
        }

        return Reply.Show(voteCards.Render(change, await overlaps.FindAsync(change, cancellationToken)), message.Text);
    }
}
