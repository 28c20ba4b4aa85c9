using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery.Json;

public sealed class WorkMapperTests
{
    private static readonly DateTimeOffset Instant = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

    public static TheoryData<string> Samples => ["dm", "card", "timer"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Deserialize_Serialized_RoundTripsEveryField(string sample)
    {
        OutboundWork work = Sample(sample);

        OutboundWork read = WorkMapper.Deserialize(WorkMapper.Serialize(work));

        Assert.Equivalent(work, read, strict: true);
        Assert.Equal(work.GetType(), read.GetType());
        Assert.Equal(work.NotBefore.UtcTicks, read.NotBefore.UtcTicks);
        Assert.Equal(work.NotBefore.Offset, read.NotBefore.Offset);
    }

    [Fact]
    public void Serialize_CardWithHostileText_IsAsciiOnly()
    {
        string payload = WorkMapper.Serialize(WorkSamples.CardToConversation("INC-1001:1:oncall", Instant));

        Assert.All(payload, c => Assert.InRange(c, ' ', '~'));
        Assert.DoesNotContain("<", payload, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Timer_WritesOnlyTimerFields()
    {
        string payload = WorkMapper.Serialize(WorkSamples.Timer("INC-1001:timer:ResolutionBreach:1", Instant));

        Assert.Equal(
            """{"kind":"timer","id":"INC-1001:timer:ResolutionBreach:1","notBefore":"2026-01-05T09:00:00.1234567+02:00","timer":"ResolutionBreach","ticket":"INC-1001"}""",
            payload);
    }

    [Theory]
    [InlineData("""{"kind":"sms","id":"x","notBefore":"2026-01-05T09:00:00+00:00"}""")]
    [InlineData("""{"kind":"timer","id":"x","notBefore":"2026-01-05T09:00:00+00:00","timer":"Lunch","ticket":"INC-1001"}""")]
    [InlineData("""{"kind":"timer","id":"x","notBefore":"2026-01-05T09:00:00+00:00","timer":"AutoClose","ticket":"INC-1"}""")]
    [InlineData("""{"kind":"notification","id":"x","notBefore":"2026-01-05T09:00:00+00:00","essential":true}""")]
    [InlineData("""{"kind":"notification","id":"x","notBefore":"2026-01-05T09:00:00+00:00","target":{"person":"alice"},"message":{"text":"hi"},"essential":true}""")]
    [InlineData("not json")]
    [InlineData("""{"id":"x"}""")]
    public void Deserialize_NotReadableWork_ThrowsInvalidData(string payload)
    {
        Assert.Throws<InvalidDataException>(() => WorkMapper.Deserialize(payload));
    }

    [Fact]
    public void TargetOf_EachKind_NamesWhereItGoes()
    {
        Assert.Equal("dm local:alice", WorkMapper.TargetOf(WorkSamples.Notification("a", Instant)));
        Assert.Equal("teams:19:abc|def@thread.v2", WorkMapper.TargetOf(WorkSamples.CardToConversation("b", Instant)));
        Assert.Equal("INC-1001", WorkMapper.TargetOf(WorkSamples.Timer("c", Instant)));
    }

    private static OutboundWork Sample(string name) => name switch
    {
        "dm" => WorkSamples.Notification("INC-1001:2:requester", Instant),
        "card" => WorkSamples.CardToConversation("INC-1001:1:oncall:teams:19:abc|def@thread.v2", Instant),
        _ => WorkSamples.Timer("INC-1001:timer:ResolutionBreach:639033336000000000", Instant),
    };
}
