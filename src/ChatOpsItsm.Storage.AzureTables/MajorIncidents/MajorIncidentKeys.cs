using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.MajorIncidents;

/// <summary>
/// The rows beside the incidents in their partition of the tickets table (docs/storage.md §19): a war room,
/// <c>wr|KeyPart(platform:conversationId)</c>, and a service's last burst offer, <c>burst|SERVICE</c>. Neither prefix
/// starts like <c>t|</c>, <c>ix|</c>, <c>o|</c> or <c>seq</c>, so no range the ticket stores read ever includes them.
/// </summary>
internal static class MajorIncidentKeys
{
    private const string WarRoomPrefix = "wr|";
    private const string BurstOfferPrefix = "burst|";

    /// <summary>The partition both live in: the incidents'.</summary>
    public static string Partition { get; } = TicketKeys.Partition(TicketType.Incident);

    public static string WarRoom(ConversationAddress conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return WarRoomPrefix + KeyEscaper.KeyPart(conversation.ToString());
    }

    /// <summary>One row per service whatever its case or surrounding spaces: the key of the incidents' service index.</summary>
    public static string BurstOffer(string service) => BurstOfferPrefix + IncidentIndexKeys.Service(service);
}
