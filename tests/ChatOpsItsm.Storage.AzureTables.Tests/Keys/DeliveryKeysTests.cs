using ChatOpsItsm.Storage.AzureTables.Keys;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Keys;

public sealed class DeliveryKeysTests
{
    [Fact]
    public void DonePartition_SameId_IsStableAndShort()
    {
        string partition = DeliveryKeys.DonePartition("INC-1001:1:requester");

        Assert.Equal(partition, DeliveryKeys.DonePartition("INC-1001:1:requester"));
        Assert.Matches("^done-[0-9a-f]{2}$", partition);
    }

    [Fact]
    public void DonePartition_ManyIds_SpreadOverManyBuckets()
    {
        int buckets = Enumerable.Range(1001, 1000).Select(n => DeliveryKeys.DonePartition($"INC-{n}:1:requester")).Distinct().Count();

        Assert.InRange(buckets, 200, 256);
    }

    [Fact]
    public void Row_HostileId_IsEscaped()
    {
        Assert.Equal("teams:19:a~007Cb~002Fc~0023", DeliveryKeys.Row("teams:19:a|b/c#"));
        Assert.Equal("o|teams:19:a~007Cb", OutboxKeys.Row("teams:19:a|b"));
    }

    [Fact]
    public void Row_VeryLongId_IsBounded()
    {
        Assert.True(OutboxKeys.Row(new string('x', 5000)).Length <= 2 + KeyEscaper.MaxKeyPartLength);
    }
}
