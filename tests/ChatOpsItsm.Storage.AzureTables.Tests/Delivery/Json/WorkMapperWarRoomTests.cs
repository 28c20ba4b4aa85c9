using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery.Json;

/// <summary>The <c>war-room</c> work kind: every field survives the queue, and an item missing one is refused.</summary>
public sealed class WorkMapperWarRoomTests
{
    private static readonly DateTimeOffset Instant = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

    /// <summary>A readable item; each bad-payload row below is this with one field taken away or spoiled.</summary>
    private const string Readable =
        """{"kind":"war-room","id":"INC-1042:war-room","notBefore":"2026-01-05T09:00:00+00:00","target":{"platform":"discord","conversation":"42"},"ticket":"INC-1042","title":"INC-1042 · Mail down"}""";

    [Fact]
    public void Deserialize_Serialized_RoundTripsEveryField()
    {
        WarRoomWork work = WarRoomSamples.Open("INC-1042:war-room", Instant);

        WarRoomWork read = Assert.IsType<WarRoomWork>(WorkMapper.Deserialize(WorkMapper.Serialize(work)));

        Assert.Equal(work, read);
        Assert.Equal((work.NotBefore.UtcTicks, work.NotBefore.Offset), (read.NotBefore.UtcTicks, read.NotBefore.Offset));
    }

    [Fact]
    public void Serialize_WarRoom_WritesOnlyItsOwnFieldsAsAscii()
    {
        WarRoomWork work = new("INC-1042:war-room", Instant, new TicketId(TicketType.Incident, 1042), new ConversationAddress("discord", "42"), "Mail down");

        string payload = WorkMapper.Serialize(work);

        Assert.Equal(
            """{"kind":"war-room","id":"INC-1042:war-room","notBefore":"2026-01-05T09:00:00.1234567+02:00","target":{"platform":"discord","conversation":"42"},"ticket":"INC-1042","title":"Mail down"}""",
            payload);
        Assert.All(WorkMapper.Serialize(WarRoomSamples.Open("x", Instant)), c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public void Deserialize_Readable_IsTheWorkItDescribes()
    {
        WarRoomWork read = Assert.IsType<WarRoomWork>(WorkMapper.Deserialize(Readable));

        Assert.Equal(("INC-1042:war-room", "INC-1042", "discord:42", "INC-1042 · Mail down"), (read.WorkId, read.Incident.ToString(), read.Parent.ToString(), read.Title));
    }

    [Theory]
    [InlineData("\"ticket\":\"INC-1042\",", "")]
    [InlineData("\"ticket\":\"INC-1042\"", "\"ticket\":\"CHG-1042\"")]
    [InlineData("\"ticket\":\"INC-1042\"", "\"ticket\":\"INC-x\"")]
    [InlineData(",\"title\":\"INC-1042 · Mail down\"", "")]
    [InlineData("\"target\":{\"platform\":\"discord\",\"conversation\":\"42\"},", "")]
    [InlineData("{\"platform\":\"discord\",\"conversation\":\"42\"}", "{\"person\":\"discord:42\"}")]
    [InlineData("{\"platform\":\"discord\",\"conversation\":\"42\"}", "{\"platform\":\"discord\"}")]
    public void Deserialize_WarRoomMissingAField_ThrowsInvalidData(string field, string replacement)
    {
        Assert.Contains(field, Readable, StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => WorkMapper.Deserialize(Readable.Replace(field, replacement, StringComparison.Ordinal)));
    }

    [Fact]
    public void KindAndTarget_WarRoom_AreItsKindAndTheParentConversation()
    {
        WarRoomWork work = WarRoomSamples.Open("x", Instant);

        Assert.Equal(WorkKinds.WarRoom, WorkMapper.KindOf(work));
        Assert.Equal("teams:19:abc|def@thread.v2", WorkMapper.TargetOf(work));
    }
}
