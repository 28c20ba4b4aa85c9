using Azure.Data.Tables;
using ChatOpsItsm.Storage.AzureTables.Resilience;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Resilience;

public sealed class WriteIdsTests
{
    private static readonly Guid Ours = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void IsOurs_RowWithOurWriteId_IsTrue()
    {
        Assert.True(WriteIds.IsOurs(new TableEntity("p", "r") { [WriteIds.PropertyName] = Ours }, Ours));
    }

    [Fact]
    public void IsOurs_RowWithOurWriteIdAsText_IsTrue()
    {
        Assert.True(WriteIds.IsOurs(new TableEntity("p", "r") { [WriteIds.PropertyName] = Ours.ToString() }, Ours));
    }

    [Fact]
    public void IsOurs_RowWrittenByAnotherWrite_IsFalse()
    {
        Assert.False(WriteIds.IsOurs(new TableEntity("p", "r") { [WriteIds.PropertyName] = Guid.NewGuid() }, Ours));
    }

    [Fact]
    public void IsOurs_NoRowOrNoWriteId_IsFalse()
    {
        Assert.False(WriteIds.IsOurs(null, Ours));
        Assert.False(WriteIds.IsOurs(new TableEntity("p", "r"), Ours));
    }
}
