using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// Opens a major incident's war room: a thread under <see cref="Parent"/> named <see cref="Title"/>, recorded on the
/// incident and posted the status board. Promised by the declaration (an outbox entry in its transaction); the thread
/// is opened with <see cref="OutboundWork.WorkId"/> as its delivery key, so a redelivery finds the same thread.
/// </summary>
public sealed record WarRoomWork(string WorkId, DateTimeOffset NotBefore, TicketId Incident, ConversationAddress Parent, string Title)
    : OutboundWork(WorkId, NotBefore);
