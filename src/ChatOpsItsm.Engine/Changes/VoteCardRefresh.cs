using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>A change's vote card (<c>vote-card:CHG-…</c>) rendered at delivery, so a late refresh never puts an open vote back over the decision.</summary>
public sealed class VoteCardRefresh(IChangeStore store, ChangeOverlaps overlaps, VoteCards voteCards) : IMessageRefresh
{
    public string KeyPrefix => "vote-card:";

    /// <summary>The current vote card; null for a change gone or without a vote.</summary>
    public async Task<Reply?> RenderAsync(TicketId ticket, Reply queued, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queued);
        if (ticket.Type != TicketType.Change || await store.GetAsync(ticket, cancellationToken) is not { Change: { Voting: not null } change })
        {
            return null;
        }

        return Reply.Show(voteCards.Render(change, await overlaps.FindAsync(change, cancellationToken)), queued.Text);
    }
}
