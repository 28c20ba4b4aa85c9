using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Keys;

public sealed class TicketKeysTests
{
    private static readonly TicketId Inc1001 = new(TicketType.Incident, 1001);

    [Fact]
    public void Record_Incident_IsZeroPaddedToTenDigits()
    {
        Assert.Equal("t|0000001001", TicketKeys.Record(Inc1001));
    }

    [Fact]
    public void Audit_Sequence_IsZeroPaddedToSixDigitsBelowTheRecord()
    {
        Assert.Equal("t|0000001001|a|000007", TicketKeys.Audit(Inc1001, 7));
    }

    [Fact]
    public void Inverted_LaterNumbers_SortFirst()
    {
        Assert.True(string.CompareOrdinal(TicketKeys.Inverted(1002), TicketKeys.Inverted(1001)) < 0);
        Assert.Equal("9999998998", TicketKeys.Inverted(1001));
    }

    [Fact]
    public void RecordAndHistory_HoldsTheRecordAndItsEventsOnly()
    {
        KeyRange range = TicketKeys.RecordAndHistory(Inc1001);

        Assert.True(InRange(range, TicketKeys.Record(Inc1001)));
        Assert.True(InRange(range, TicketKeys.Audit(Inc1001, TicketKeys.MaxAuditSequence)));
        Assert.False(InRange(range, TicketKeys.Record(new TicketId(TicketType.Incident, 1002))));
        Assert.False(InRange(range, TicketKeys.Record(new TicketId(TicketType.Incident, 10010))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000)]
    public void Audit_SequenceOutOfRange_Throws(int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TicketKeys.Audit(Inc1001, sequence));
    }

    private static bool InRange(KeyRange range, string key) =>
        string.CompareOrdinal(key, range.From) >= 0 && string.CompareOrdinal(key, range.To) < 0;
}
