using ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

public sealed class InboundLedgerJanitorTests
{
    // Monday 2026-01-05 09:00 UTC, with a 24-hour window: records of the 4th and the 5th are live.
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly AzuriteFixture _azurite;

    public InboundLedgerJanitorTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PurgeAsync_BucketsOlderThanTheWindow_AreDeletedAndTheRestKept()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        // 150 records on the 2nd: more than one 100-action transaction.
        await RecordAsync(storage, "old", 150, Now.AddDays(-3));
        await RecordAsync(storage, "older", 3, Now.AddDays(-2));
        await RecordAsync(storage, "yesterday", 2, Now.AddDays(-1).AddHours(1));
        await RecordAsync(storage, "today", 2, Now.AddHours(-1));

        int deleted = await storage.Janitor.PurgeAsync(Now, Token);

        Assert.Equal(153, deleted);
        Assert.Equal(
            ["20260104", "20260105"],
            (await ConversationTestStorage.KeysAsync(storage.Tables.Inbound)).Select(key => key.PartitionKey).Distinct());
        Assert.False(await storage.Ledger.TryRecordAsync("teams:yesterday-0", Now, Token));
    }

    [Fact]
    public async Task PurgeAsync_TheBucketHoldingNowMinusTheWindow_IsKept()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        // 09:30 on the 4th is within 24 hours of 09:00 on the 5th; the same bucket holds expired 08:00.
        await RecordAsync(storage, "expired", 1, Now.AddDays(-1).AddHours(-1));
        await RecordAsync(storage, "live", 1, Now.AddDays(-1).AddMinutes(30));

        int deleted = await storage.Janitor.PurgeAsync(Now, Token);

        Assert.Equal(0, deleted);
        Assert.False(await storage.Ledger.TryRecordAsync("teams:live-0", Now, Token));
    }

    [Fact]
    public async Task PurgeAsync_NothingExpired_DeletesNothing()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await RecordAsync(storage, "today", 3, Now);

        Assert.Equal(0, await storage.Janitor.PurgeAsync(Now, Token));
        Assert.Equal(3, (await ConversationTestStorage.KeysAsync(storage.Tables.Inbound)).Count);
    }

    [Fact]
    public async Task PurgeAsync_Twice_SecondRunFindsNothing()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await RecordAsync(storage, "old", 5, Now.AddDays(-5));

        int first = await storage.Janitor.PurgeAsync(Now, Token);
        int second = await storage.Janitor.PurgeAsync(Now, Token);

        Assert.Equal((5, 0), (first, second));
    }

    [Fact]
    public async Task RoundTrips_Purge_OneQueryPerPageAndOneTransactionPerHundredRows()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await RecordAsync(storage, "old", 150, Now.AddDays(-3));
        await RecordAsync(storage, "older", 3, Now.AddDays(-2));
        using RoundTripCounter counter = new(storage.Metrics);

        await storage.Janitor.PurgeAsync(Now, Token);

        // One query page, then 100 + 50 rows of the 2nd and 3 rows of the 3rd: three transactions.
        Assert.Equal(4, counter.Take());
    }

    private static async Task RecordAsync(ConversationTestStorage storage, string name, int count, DateTimeOffset at) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(index => storage.Ledger.TryRecordAsync($"teams:{name}-{index}", at, Token)));
}
