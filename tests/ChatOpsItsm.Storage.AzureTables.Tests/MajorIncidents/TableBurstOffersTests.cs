using Azure.Core;
using Azure.Data.Tables;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Tests.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Storage.AzureTables.Tests.MajorIncidents;

public sealed class TableBurstOffersTests
{
    private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(30);
    private readonly AzuriteFixture _azurite;

    public TableBurstOffersTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryClaimAsync_FirstForAService_IsTrue()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        Assert.True(await storage.BurstOffers.TryClaimAsync("mail", Start, Window, Token));

        TableEntity row = Assert.Single(await BurstRowsAsync(storage));
        Assert.Equal(("burst|MAIL", "mail", Start), (row.RowKey, row.GetString("Service"), row.GetDateTimeOffset("ClaimedAt")));
    }

    [Fact]
    public async Task TryClaimAsync_AgainWithinTheWindow_IsFalse()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.BurstOffers.TryClaimAsync("mail", Start, Window, Token);

        Assert.False(await storage.BurstOffers.TryClaimAsync("mail", Start, Window, Token));
        Assert.False(await storage.BurstOffers.TryClaimAsync("mail", Start + Window - TimeSpan.FromTicks(1), Window, Token));
    }

    [Fact]
    public async Task TryClaimAsync_OnceTheWindowHasPassed_IsTrueAndStartsANewWindow()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.BurstOffers.TryClaimAsync("mail", Start, Window, Token);

        bool atTheEnd = await storage.BurstOffers.TryClaimAsync("mail", Start + Window, Window, Token);
        bool soonAfter = await storage.BurstOffers.TryClaimAsync("mail", Start + Window + TimeSpan.FromMinutes(1), Window, Token);
        bool windowLater = await storage.BurstOffers.TryClaimAsync("mail", Start + Window + Window, Window, Token);

        Assert.Equal((true, false, true), (atTheEnd, soonAfter, windowLater));
        Assert.Equal(Start + Window + Window, Assert.Single(await BurstRowsAsync(storage)).GetDateTimeOffset("ClaimedAt"));
    }

    [Fact]
    public async Task TryClaimAsync_ServicesDifferingByCaseOrSpaces_ShareOneRow()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        bool[] claims =
        [
            await storage.BurstOffers.TryClaimAsync("Mail", Start, Window, Token),
            await storage.BurstOffers.TryClaimAsync(" mail ", Start, Window, Token),
            await storage.BurstOffers.TryClaimAsync("MAIL", Start.AddMinutes(1), Window, Token),
        ];

        Assert.Equal([true, false, false], claims);
        Assert.Single(await BurstRowsAsync(storage));
    }

    [Fact]
    public async Task TryClaimAsync_OtherServices_AreIndependentAndHostileNamesStayApart()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        const string hostile = "x' or PartitionKey eq 'INC' or 'a'='a | /\\#? 😀";
        await storage.BurstOffers.TryClaimAsync("mail", Start, Window, Token);

        Assert.True(await storage.BurstOffers.TryClaimAsync("mail|x", Start, Window, Token));
        Assert.True(await storage.BurstOffers.TryClaimAsync("mailbox", Start, Window, Token));
        Assert.True(await storage.BurstOffers.TryClaimAsync(hostile, Start, Window, Token));
        Assert.False(await storage.BurstOffers.TryClaimAsync(hostile.ToLowerInvariant(), Start, Window, Token));
        Assert.Equal(4, (await BurstRowsAsync(storage)).Count);
    }

    [Fact]
    public async Task TryClaimAsync_ManyCallersOnTwoInstancesAtOnce_ExactlyOneWins()
    {
        await using TestStorage first = await TestStorage.StartAsync(_azurite);
        await using TestStorage second = await TestStorage.StartAsync(_azurite, new TestStorageSettings { TablePrefix = first.TablePrefix });

        bool[] claims = await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(_ => new[]
        {
            first.BurstOffers.TryClaimAsync("mail", Start, Window, Token),
            second.BurstOffers.TryClaimAsync("MAIL", Start, Window, Token),
        }));

        Assert.Single(claims, claim => claim);
    }

    [Fact]
    public async Task TryClaimAsync_ManyCallersOnTwoInstancesOnceTheWindowHasPassed_ExactlyOneWins()
    {
        await using TestStorage first = await TestStorage.StartAsync(_azurite);
        await using TestStorage second = await TestStorage.StartAsync(_azurite, new TestStorageSettings { TablePrefix = first.TablePrefix });
        await first.BurstOffers.TryClaimAsync("mail", Start, Window, Token);

        bool[] claims = await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(_ => new[]
        {
            first.BurstOffers.TryClaimAsync("mail", Start + Window, Window, Token),
            second.BurstOffers.TryClaimAsync("mail", Start + Window, Window, Token),
        }));

        Assert.Single(claims, claim => claim);
    }

    [Theory]
    [InlineData("insert")]
    [InlineData("replace")]
    public async Task TryClaimAsync_AnotherInstanceClaimsBetweenReadAndWrite_IsFalse(string write)
    {
        InterleavePolicy interleave = new(write == "insert" ? RequestMethod.Post : RequestMethod.Put);
        await using TestStorage first = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Policies = [interleave] });
        await using TestStorage second = await TestStorage.StartAsync(_azurite, new TestStorageSettings { TablePrefix = first.TablePrefix });
        DateTimeOffset at = write == "insert" ? Start : Start + Window;
        if (write == "replace")
        {
            await second.BurstOffers.TryClaimAsync("mail", Start, Window, Token);
        }

        bool secondClaimed = false;
        interleave.Arm(async () => secondClaimed = await second.BurstOffers.TryClaimAsync("MAIL", at.AddTicks(1), Window, Token));
        bool firstClaimed = await first.BurstOffers.TryClaimAsync("mail", at, Window, Token);

        Assert.Equal((false, true), (firstClaimed, secondClaimed));
        Assert.Equal(at.AddTicks(1), Assert.Single(await BurstRowsAsync(first)).GetDateTimeOffset("ClaimedAt"));
    }

    [Fact]
    public async Task TryClaimAsync_LastClaimLaterThanNow_IsFalse()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.BurstOffers.TryClaimAsync("mail", Start, Window, Token);

        Assert.False(await storage.BurstOffers.TryClaimAsync("mail", Start - Window - Window, Window, Token));
    }

    [Theory]
    [InlineData("insert")]
    [InlineData("update")]
    public async Task TryClaimAsync_RetriedAfterTheFirstAttemptLanded_IsTrueOnce(string write)
    {
        LostResponsePolicy lostResponse = new(message => message.Request.Method == (write == "insert" ? RequestMethod.Post : RequestMethod.Put)
            && !message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal));
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Policies = [lostResponse] });
        DateTimeOffset at = write == "insert" ? Start : Start + Window;
        if (write == "update")
        {
            await storage.BurstOffers.TryClaimAsync("mail", Start, Window, Token);
        }

        lostResponse.Arm();
        bool claimed = await storage.BurstOffers.TryClaimAsync("mail", at, Window, Token);

        Assert.Equal((1, true), (lostResponse.Lost, claimed));
        Assert.False(await storage.BurstOffers.TryClaimAsync("mail", at, Window, Token));
    }

    [Fact]
    public async Task TryClaimAsync_RoundTrips_AreTwoToClaimAndOneToBeRefused()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        using RoundTripCounter counter = new(storage.Metrics);

        await storage.BurstOffers.TryClaimAsync("mail", Start, Window, Token);
        long first = counter.Take();
        await storage.BurstOffers.TryClaimAsync("mail", Start.AddMinutes(1), Window, Token);
        long refused = counter.Take();
        await storage.BurstOffers.TryClaimAsync("mail", Start + Window, Window, Token);
        long renewed = counter.Take();

        Assert.Equal((2L, 1L, 2L), (first, refused, renewed));
    }

    [Theory]
    [InlineData("", 60)]
    [InlineData("  ", 60)]
    [InlineData("mail", 0)]
    [InlineData("mail", -60)]
    public async Task TryClaimAsync_BlankServiceOrNoWindow_ThrowsAndWritesNothing(string service, int windowSeconds)
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => storage.BurstOffers.TryClaimAsync(service, Start, TimeSpan.FromSeconds(windowSeconds), Token));

        Assert.Empty(await BurstRowsAsync(storage));
    }

    [Fact]
    public async Task TryClaimAsync_StorageDown_ThrowsStorageUnavailable()
    {
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { ConnectionString = ClosedPort.ConnectionString(), MaxRetries = 0, OperationTimeout = TimeSpan.FromSeconds(2), Initialize = false });

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.BurstOffers.TryClaimAsync("mail", Start, Window, Token));
    }

    private static async Task<List<TableEntity>> BurstRowsAsync(TestStorage storage)
    {
        List<TableEntity> rows = [];
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {"INC"} and RowKey ge {"burst|"} and RowKey lt {"burst}"}");
        await foreach (TableEntity row in storage.TicketsTable.QueryAsync<TableEntity>(filter, cancellationToken: Token))
        {
            rows.Add(row);
        }

        return rows;
    }
}
