using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// Renders a message kept in place (a vote card, a status board) afresh when it is delivered. Every write queues its own
/// refresh of the same message and the workers deliver them in any order, so a message rendered at write time could land
/// after a newer one and show an older state; rendered at delivery, the last refresh sent shows the ticket as it is by
/// then. <see cref="NotificationSender"/> asks the refresh whose <see cref="KeyPrefix"/> starts the message key.
/// </summary>
public interface IMessageRefresh
{
    /// <summary>The message keys this refresh renders: <c>vote-card:</c> followed by a ticket id.</summary>
    string KeyPrefix { get; }

    /// <summary>The message as <paramref name="ticket"/> stands now, or null to send <paramref name="queued"/> as it is (a ticket gone, or not of this kind).</summary>
    Task<Reply?> RenderAsync(TicketId ticket, Reply queued, CancellationToken cancellationToken);
}
