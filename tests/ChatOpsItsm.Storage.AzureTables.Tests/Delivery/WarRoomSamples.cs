using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

/// <summary>A war room to open, as a declaration promises it: under a Teams channel, with a title holding every kind of awkward text.</summary>
internal static class WarRoomSamples
{
    public const string Title = "INC-1042 · Mail \"down\" 100% | a/b \\ #? <b>&amp;</b> 😀";

    public static ConversationAddress Parent { get; } = new("teams", "19:abc|def@thread.v2");

    public static WarRoomWork Open(string workId, DateTimeOffset notBefore) =>
        new(workId, notBefore, new TicketId(TicketType.Incident, 1042), Parent, Title);
}
