using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Releases;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Storage.AzureTables.Tests.Releases.ReleaseStoreOperations;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Releases;

public sealed class TableReleaseStoreTests
{
    private readonly AzuriteFixture _azurite;

    public TableReleaseStoreTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_FirstRelease_IsRls1001WithItsEventAndIndexRows()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        Release created = await CreateAsync(storage);

        Assert.Equal("RLS-1001", created.Id.ToString());
        Assert.Empty(created.PendingEvents);
        ReleaseWithHistory read = (await storage.Releases.GetWithHistoryAsync(created.Id, Token))!;
        AssertSame(created.ToSnapshot(), read.Release.ToSnapshot());
        Assert.Equal(AuditActions.Planned, Assert.Single(read.History).Action);
        Assert.Equal(["ix|all|9999998998", "ix|open|9999998998"], await IndexKeysAsync(storage));
    }

    [Fact]
    public async Task SaveAsync_ChangesAddedAndBuilt_RoundTripsWithHistoryAndHoldingRows()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage)).Id;
        const string hostile = "Patch | ~ 'quoted' <b>bold</b> 🚀\u0007";
        Change first = ChangeBuilder.AChange().WithId(new TicketId(TicketType.Change, 1001)).WithTitle(hostile).InState(ChangeState.Scheduled).Build();
        Change second = ReleaseBuilder.AScheduledChange(1002);

        await ChangeAsync(storage, id, r => r.AddChange(first, null, Agent));
        await ChangeAsync(storage, id, r => r.AddChange(second, null, Agent));
        await ChangeAsync(storage, id, r => r.Build(Agent));

        ReleaseWithHistory read = (await storage.Releases.GetWithHistoryAsync(id, Token))!;
        Assert.Equal(ReleaseState.Building, read.Release.State);
        Assert.Equal(["CHG-1001", "CHG-1002"], read.Release.Changes.Select(c => c.Id.ToString()));
        Assert.Equal(first.Title, read.Release.Changes[0].Title);
        Assert.Equal(
            [AuditActions.Planned, AuditActions.ChangeAdded, AuditActions.ChangeAdded, AuditActions.BuildStarted],
            read.History.Select(e => e.Action));
        Assert.Equal(
            ["ix|all|9999998998", "ix|chg|0000001001|9999998998", "ix|chg|0000001002|9999998998", "ix|open|9999998998"],
            await IndexKeysAsync(storage));
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_IsAConflictAndWritesNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage)).Id;
        StoredRelease first = (await storage.Releases.GetAsync(id, Token))!;
        StoredRelease stale = (await storage.Releases.GetAsync(id, Token))!;
        first.Release.AddChange(ReleaseBuilder.AScheduledChange(1001), null, Agent);
        Assert.Equal(SaveOutcome.Saved, await storage.Releases.SaveAsync(first.Release, first.Version, [], Token));
        List<(string Key, string ETag)> before = await RowsAsync(storage);
        stale.Release.Cancel("Not needed.", Agent);

        SaveOutcome outcome = await storage.Releases.SaveAsync(
            stale.Release, stale.Version, [NotificationWorkBuilder.ANotification().WithId("RLS-1001:2:owner").Build()], Token);

        Assert.Equal(SaveOutcome.Conflict, outcome);
        Assert.NotEmpty(stale.Release.PendingEvents);
        Assert.Equal(before, await RowsAsync(storage));
        Assert.Equal(ReleaseState.Planning, (await storage.Releases.GetAsync(id, Token))!.Release.State);
    }

    [Fact]
    public async Task SaveAsync_WithOutboundWork_WritesAnOutboxRowInTheReleasePartition()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage)).Id;
        StoredRelease stored = (await storage.Releases.GetAsync(id, Token))!;
        stored.Release.Cancel(null, Agent);

        await storage.Releases.SaveAsync(stored.Release, stored.Version, [NotificationWorkBuilder.ANotification().WithId("RLS-1001:2:owner").Build()], Token);

        Assert.Contains(await RowsAsync(storage), row => row.Key == "o|RLS-1001:2:owner");
        Assert.Contains("RLS", OutboxKeys.Partitions);
    }

    [Fact]
    public async Task ListAsync_OpenAllAndHoldingChange_ReadTheirIndexes()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId a = (await CreateAsync(storage, "A")).Id;
        TicketId b = (await CreateAsync(storage, "B")).Id;
        await ChangeAsync(storage, a, r => r.AddChange(ReleaseBuilder.AScheduledChange(1001), null, Agent));
        await ChangeAsync(storage, b, r => r.Cancel(null, Agent));

        ReleasePage open = await storage.Releases.ListAsync(new ReleaseQuery(ReleaseListKind.Open, 10), Token);
        ReleasePage all = await storage.Releases.ListAsync(new ReleaseQuery(ReleaseListKind.All, 10), Token);
        ReleasePage holding = await storage.Releases.ListAsync(
            new ReleaseQuery(ReleaseListKind.HoldingChange, 10) { Change = new TicketId(TicketType.Change, 1001) }, Token);
        ReleasePage notHeld = await storage.Releases.ListAsync(
            new ReleaseQuery(ReleaseListKind.HoldingChange, 10) { Change = new TicketId(TicketType.Change, 10010) }, Token);

        ReleaseSummary openOne = Assert.Single(open.Items);
        Assert.Equal(a, openOne.Id);
        Assert.Equal(1, openOne.ChangeCount);
        Assert.Equal("email", openOne.Service);
        Assert.NotNull(openOne.Window);
        Assert.Equal([b, a], all.Items.Select(s => s.Id));
        Assert.Equal(a, Assert.Single(holding.Items).Id);
        Assert.Empty(notHeld.Items);
    }

    [Fact]
    public async Task ListAsync_HoldingChangeOfACanceledRelease_IsEmpty()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage)).Id;
        await ChangeAsync(storage, id, r => r.AddChange(ReleaseBuilder.AScheduledChange(1001), null, Agent));

        await ChangeAsync(storage, id, r => r.Cancel(null, Agent));

        ReleasePage holding = await storage.Releases.ListAsync(
            new ReleaseQuery(ReleaseListKind.HoldingChange, 10) { Change = new TicketId(TicketType.Change, 1001) }, Token);
        Assert.Empty(holding.Items);
        Assert.Equal(["ix|all|9999998998"], await IndexKeysAsync(storage));
    }

    [Fact]
    public async Task CreateAsync_TwoInstancesAtOnce_GetDistinctIds()
    {
        await using TestStorage first = await TestStorage.StartAsync(_azurite);
        await using TestStorage second = await TestStorage.StartAsync(_azurite, new TestStorageSettings { TablePrefix = first.TablePrefix });

        Release[] created = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => CreateAsync(i % 2 == 0 ? first : second, $"R{i}")));

        Assert.Equal(20, created.Select(r => r.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1001, 20).Select(n => (long)n), created.Select(r => r.Id.Number).Order());
        ReleasePage all = await first.Releases.ListAsync(new ReleaseQuery(ReleaseListKind.All, 100), Token);
        Assert.Equal(20, all.Items.Count);
    }

    [Fact]
    public async Task GetAsync_Unknown_IsNull()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        Assert.Null(await storage.Releases.GetAsync(new TicketId(TicketType.Release, 4242), Token));
        Assert.Null(await storage.Releases.GetWithHistoryAsync(new TicketId(TicketType.Release, 4242), Token));
    }

    private static void AssertSame(ReleaseSnapshot expected, ReleaseSnapshot actual)
    {
        Assert.Equal(expected with { Changes = [] }, actual with { Changes = [] });
        Assert.Equal(expected.Changes, actual.Changes);
    }
}
