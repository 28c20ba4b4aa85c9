using Azure.Data.Tables;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery;

public sealed class TableDeliveryLedgerTests
{
    private readonly AzuriteFixture _azurite;

    public TableDeliveryLedgerTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IsDoneAsync_AfterMarkDone_IsTrueForThatIdOnly()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        const string id = "INC-1001:1:oncall:teams:19:a|b/c#d?e 😀";

        bool before = await storage.Ledger.IsDoneAsync(id, Token);
        await storage.Ledger.MarkDoneAsync(id, TimeProvider.System.GetUtcNow(), Token);
        await storage.Ledger.MarkDoneAsync(id, TimeProvider.System.GetUtcNow(), Token);
        bool after = await storage.Ledger.IsDoneAsync(id, Token);
        bool other = await storage.Ledger.IsDoneAsync("INC-1001:1:oncall:teams:19:a|b/c#d?e", Token);

        Assert.Equal((false, true, false), (before, after, other));
    }

    [Fact]
    public async Task MarkDoneAsync_ManyIds_SpreadOverHashBuckets()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => storage.Ledger.MarkDoneAsync($"INC-{1001 + i}:1:requester", TimeProvider.System.GetUtcNow(), Token)));

        HashSet<string> partitions = [];
        await foreach (TableEntity row in storage.DeliveriesTable.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: Token))
        {
            partitions.Add(row.PartitionKey);
        }

        Assert.True(partitions.Count > 10, $"{partitions.Count} partitions");
        Assert.All(partitions, partition => Assert.Matches("^done-[0-9a-f]{2}$", partition));
    }
}
