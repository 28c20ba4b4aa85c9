using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>A major incident's status board (<c>major-board:INC-…</c>) rendered at delivery, with the elapsed time as of now.</summary>
public sealed class MajorBoardRefresh(IIncidentStore store, MajorCards cards, TimeProvider timeProvider) : IMessageRefresh
{
    public string KeyPrefix => "major-board:";

    /// <summary>The current board; null for an incident gone or not major.</summary>
    public async Task<Reply?> RenderAsync(TicketId ticket, Reply queued, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queued);
        if (ticket.Type != TicketType.Incident || await store.GetAsync(ticket, cancellationToken) is not { Incident: { Major: not null } incident })
        {
            return null;
        }

        return Reply.Show(cards.Board(incident, timeProvider.GetUtcNow()), queued.Text);
    }
}
