using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Renders a major incident's status board afresh when it is delivered. Every write queues its own refresh of the same
/// message and the workers deliver them in any order, so a board rendered at write time could land after a newer one and
/// show an older state; read at delivery, the last refresh sent shows the incident as it is by then (and the elapsed
/// time as of now).
/// </summary>
public sealed class MajorBoardRefresh(IIncidentStore store, MajorCards cards, TimeProvider timeProvider)
{
    private const string KeyPrefix = "major-board:";

    /// <summary>The current board for a <c>major-board:INC-…</c> key; any other message, or an incident gone or not major, as it is.</summary>
    public async Task<Reply> LatestAsync(string? messageKey, Reply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (messageKey is null || !messageKey.StartsWith(KeyPrefix, StringComparison.Ordinal)
            || !TicketId.TryParse(messageKey[KeyPrefix.Length..], out TicketId id) || id.Type != TicketType.Incident)
        {
            return message;
        }

        StoredIncident? stored = await store.GetAsync(id, cancellationToken);
        if (stored?.Incident is not { Major: not null } incident)
        {
            return message;
        }

        return Reply.Show(cards.Board(incident, timeProvider.GetUtcNow()), message.Text);
    }
}
