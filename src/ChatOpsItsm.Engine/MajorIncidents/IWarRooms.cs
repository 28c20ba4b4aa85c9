using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Which conversation is which major incident's war room, so a <c>!timeline</c> line typed there finds its incident.
/// Implementations throw <see cref="Storage.StorageUnavailableException"/> when storage cannot be reached.
/// </summary>
public interface IWarRooms
{
    /// <summary>Records <paramref name="warRoom"/> as <paramref name="incident"/>'s war room; recording it again changes nothing.</summary>
    Task RememberAsync(ConversationAddress warRoom, TicketId incident, CancellationToken cancellationToken);

    /// <summary>The incident whose war room <paramref name="conversation"/> is, or null.</summary>
    Task<TicketId?> FindAsync(ConversationAddress conversation, CancellationToken cancellationToken);
}
