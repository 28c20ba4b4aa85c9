using ChatOpsItsm.Storage.AzureTables.Tests.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.Time.Testing;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

public sealed class TableInboundLedgerTests
{
    private const string Key = "teams:1712345678901";
    private readonly AzuriteFixture _azurite;

    // 2026-01-05 09:00 UTC; the ledger reads no clock, the tests hand it this instant.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public TableInboundLedgerTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryRecordAsync_FirstSight_ReturnsTrue()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);

        Assert.True(await storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token));
    }

    [Fact]
    public async Task TryRecordAsync_SameKeyAgain_ReturnsFalse()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token);
        _time.Advance(TimeSpan.FromMinutes(3));

        Assert.False(await storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token));
    }

    [Fact]
    public async Task TryRecordAsync_OtherKey_ReturnsTrue()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token);

        Assert.True(await storage.Ledger.TryRecordAsync("discord:1712345678901", _time.GetUtcNow(), Token));
    }

    [Fact]
    public async Task TryRecordAsync_JustBeforeTheWindowEnds_ReturnsFalse()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token);
        _time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));

        Assert.False(await storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token));
    }

    [Fact]
    public async Task TryRecordAsync_AfterTheWindow_ReturnsTrueAgain()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token);
        _time.Advance(TimeSpan.FromHours(24));

        Assert.True(await storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token));
    }

    [Fact]
    public async Task TryRecordAsync_AcrossMidnightWithinTheWindow_ReturnsFalse()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        DateTimeOffset beforeMidnight = new(2026, 1, 5, 23, 59, 50, TimeSpan.Zero);
        await storage.Ledger.TryRecordAsync(Key, beforeMidnight, Token);

        Assert.False(await storage.Ledger.TryRecordAsync(Key, beforeMidnight.AddSeconds(20), Token));
    }

    [Fact]
    public async Task TryRecordAsync_InstantWithOffset_IsBucketedByItsUtcDay()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        // 00:30 on the 6th in UTC+2 is 22:30 on the 5th in UTC: the record goes into the 5th's bucket.
        await storage.Ledger.TryRecordAsync(Key, new DateTimeOffset(2026, 1, 6, 0, 30, 0, TimeSpan.FromHours(2)), Token);

        Assert.Equal([("20260105", Key)], await ConversationTestStorage.KeysAsync(storage.Tables.Inbound));
    }

    [Fact]
    public async Task TryRecordAsync_SevenDayWindow_ReachesBackSevenDays()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(
            _azurite, new ConversationTestSettings { InboundWindow = TimeSpan.FromDays(7) });
        DateTimeOffset first = _time.GetUtcNow();
        await storage.Ledger.TryRecordAsync("teams:a", first, Token);
        await storage.Ledger.TryRecordAsync("teams:b", first, Token);

        bool sixDaysLater = await storage.Ledger.TryRecordAsync("teams:a", first.AddDays(7).AddTicks(-1), Token);
        bool sevenDaysLater = await storage.Ledger.TryRecordAsync("teams:b", first.AddDays(7), Token);

        Assert.Equal((false, true), (sixDaysLater, sevenDaysLater));
    }

    [Fact]
    public async Task TryRecordAsync_ShortWindowLaterTheSameDay_RecordsAgainOverTheExpiredRecord()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(
            _azurite, new ConversationTestSettings { InboundWindow = TimeSpan.FromMinutes(1) });
        DateTimeOffset first = _time.GetUtcNow();
        await storage.Ledger.TryRecordAsync(Key, first, Token);

        bool withinMinute = await storage.Ledger.TryRecordAsync(Key, first.AddSeconds(59), Token);
        bool afterMinute = await storage.Ledger.TryRecordAsync(Key, first.AddMinutes(5), Token);
        bool withinNewMinute = await storage.Ledger.TryRecordAsync(Key, first.AddMinutes(5).AddSeconds(30), Token);

        Assert.Equal((false, true, false), (withinMinute, afterMinute, withinNewMinute));
    }

    [Fact]
    public async Task TryRecordAsync_ShortWindowJustAfterMidnight_FindsLastNightsRecord()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(
            _azurite, new ConversationTestSettings { InboundWindow = TimeSpan.FromMinutes(1) });
        DateTimeOffset beforeMidnight = new(2026, 1, 5, 23, 59, 40, TimeSpan.Zero);
        await storage.Ledger.TryRecordAsync(Key, beforeMidnight, Token);

        Assert.False(await storage.Ledger.TryRecordAsync(Key, beforeMidnight.AddSeconds(30), Token));
    }

    [Fact]
    public async Task TryRecordAsync_ManyDeliveriesAtOnce_ExactlyOneIsNew()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);

        bool[] outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token)));

        Assert.Single(outcomes, isNew => isNew);
    }

    [Theory]
    [InlineData("teams:a|b", "teams:a~007Cb")]
    [InlineData("discord:x' or PartitionKey ne '", "discord:x")]
    [InlineData("local:a/b#c?d\\e😀", "local:a")]
    public async Task TryRecordAsync_HostileKeys_AreKeptApart(string hostile, string lookalike)
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);

        bool first = await storage.Ledger.TryRecordAsync(hostile, _time.GetUtcNow(), Token);
        bool other = await storage.Ledger.TryRecordAsync(lookalike, _time.GetUtcNow(), Token);
        bool again = await storage.Ledger.TryRecordAsync(hostile, _time.GetUtcNow(), Token);

        Assert.Equal((true, true, false), (first, other, again));
    }

    [Fact]
    public async Task TryRecordAsync_AddRetriedAfterItLanded_IsStillNew()
    {
        LostResponsePolicy lostResponse = new(message => message.Request.Method == Azure.Core.RequestMethod.Post);
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(
            _azurite, new ConversationTestSettings { Policies = [lostResponse] });
        lostResponse.Arm();

        bool isNew = await storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token);

        Assert.Equal((1, true), (lostResponse.Lost, isNew));
        Assert.False(await storage.Ledger.TryRecordAsync(Key, _time.GetUtcNow(), Token));
    }

    [Theory]
    [InlineData(24 * 60, "09:00", 2, 2)]
    [InlineData(7 * 24 * 60, "09:00", 8, 8)]
    [InlineData(1, "09:00", 1, 2)]
    [InlineData(1, "00:00:30", 2, 2)]
    public async Task RoundTrips_TryRecord_OneAddPlusOneReadPerEarlierDayTheWindowReaches(
        int windowMinutes, string timeOfDay, long expectedFirst, long expectedDuplicate)
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(
            _azurite, new ConversationTestSettings { InboundWindow = TimeSpan.FromMinutes(windowMinutes) });
        DateTimeOffset at = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero)
            + TimeSpan.Parse(timeOfDay, System.Globalization.CultureInfo.InvariantCulture);
        using RoundTripCounter counter = new(storage.Metrics);

        await storage.Ledger.TryRecordAsync(Key, at, Token);
        long first = counter.Take();
        await storage.Ledger.TryRecordAsync(Key, at.AddSeconds(10), Token);
        long duplicate = counter.Take();

        // A window shorter than the time since midnight needs the refused record's age: one read more.
        Assert.Equal((expectedFirst, expectedDuplicate), (first, duplicate));
    }
}
