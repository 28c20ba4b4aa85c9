using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Storage.AzureTables.Tests.Changes.ChangeStoreOperations;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Changes;

public sealed class TableChangeStoreListTests
{
    private const string HostileTitle = "It's \"x\" 100% | a/b \\ #? PartitionKey eq 'x' or true 😀";
    private static readonly UserIdentity Hostile = new("local", "o'brien\"%|/\\#?~😀");
    private static readonly UserIdentity Injector = new("local", "x' or PartitionKey eq 'x' or true or 'a'='a");
    private readonly AzuriteFixture _azurite;

    public TableChangeStoreListTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_Open_SoonestPlannedStartFirstWithoutFinishedChanges()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreatePlannedAsync(storage, 3, 1, 2);
        await CreateAsync(storage, builder => builder.PlannedFor(At(0), At(1)).InState(ChangeState.Closed));
        await CreateAsync(storage, builder => builder.PlannedFor(At(0), At(1)).InState(ChangeState.Canceled));
        await CreateAsync(storage, builder => builder.PlannedFor(At(0), At(1)).InState(ChangeState.Failed));

        ChangePage page = await storage.Changes.ListAsync(new ChangeQuery(ChangeListKind.Open, 10), Token);

        Assert.Equal([1006L, 1002, 1003, 1001], page.Items.Select(item => item.Id.Number));
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task ListAsync_PagedWithContinuation_ReturnsEveryItemOnce()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreatePlannedAsync(storage, 5, 4, 3, 2, 1);

        List<long> seen = [];
        List<int> pageSizes = [];
        string? continuation = null;
        do
        {
            ChangePage page = await storage.Changes.ListAsync(new ChangeQuery(ChangeListKind.Open, 2) { ContinuationToken = continuation }, Token);
            seen.AddRange(page.Items.Select(item => item.Id.Number));
            pageSizes.Add(page.Items.Count);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        Assert.Equal([1005L, 1004, 1003, 1002, 1001], seen);
        Assert.Equal([2, 2, 1], pageSizes);
    }

    [Fact]
    public async Task ListAsync_All_NewestFirstWithEveryState()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreatePlannedAsync(storage, 1, 2);
        await CreateAsync(storage, builder => builder.InState(ChangeState.Rejected));

        ChangePage page = await storage.Changes.ListAsync(new ChangeQuery(ChangeListKind.All, 10), Token);

        Assert.Equal([1003L, 1002, 1001], page.Items.Select(item => item.Id.Number));
        Assert.Equal([ChangeState.Rejected, ChangeState.Draft, ChangeState.Draft], page.Items.Select(item => item.State));
    }

    [Fact]
    public async Task ListAsync_InState_ThatStateOnlyByPlannedStart()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreateAsync(storage, builder => builder.PlannedFor(At(5), At(6)).InState(ChangeState.Scheduled));
        await CreateAsync(storage, builder => builder.PlannedFor(At(2), At(3)).InState(ChangeState.Authorize));
        await CreateAsync(storage, builder => builder.PlannedFor(At(1), At(2)).InState(ChangeState.Scheduled));

        ChangePage scheduled = await storage.Changes.ListAsync(new ChangeQuery(ChangeListKind.InState, 10) { State = ChangeState.Scheduled }, Token);

        Assert.Equal([1003L, 1001], scheduled.Items.Select(item => item.Id.Number));
        ChangeSummary first = scheduled.Items[0];
        Assert.Equal(
            (ChangeType.Normal, ChangeRisk.Medium, "mail", new ChangeWindow(At(1), At(2)), BuilderDefaults.Requester, "Alice", BuilderDefaults.Instant + TimeSpan.FromMinutes(10)),
            (first.Type, first.Risk, first.Service, first.PlannedWindow, first.Requester, first.RequesterName, first.UpdatedAt));
    }

    [Fact]
    public async Task ListAsync_RequestedByHostileIdentity_ReturnsTheirChangesNewestFirst()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreateAsync(storage, builder => builder.RequestedBy(Hostile, "O'Brien").WithTitle(HostileTitle));
        await CreateAsync(storage, builder => builder.RequestedBy(Injector, "Injector"));
        await CreateAsync(storage, builder => builder.RequestedBy(Hostile, "O'Brien").WithTitle(HostileTitle));
        await CreateAsync(storage, builder => builder.RequestedBy(new UserIdentity("local", "o"), "O"));

        ChangePage hostiles = await storage.Changes.ListAsync(new ChangeQuery(ChangeListKind.RequestedBy, 10) { Person = Hostile }, Token);
        ChangePage injectors = await storage.Changes.ListAsync(new ChangeQuery(ChangeListKind.RequestedBy, 10) { Person = Injector }, Token);
        ChangePage nobody = await storage.Changes.ListAsync(
            new ChangeQuery(ChangeListKind.RequestedBy, 10) { Person = new UserIdentity("x", "' or true or ''='") }, Token);

        Assert.Equal([1003L, 1001], hostiles.Items.Select(item => item.Id.Number));
        Assert.All(hostiles.Items, item => Assert.Equal((Hostile, HostileTitle), (item.Requester, item.Title)));
        Assert.Equal([1002L], injectors.Items.Select(item => item.Id.Number));
        Assert.Empty(nobody.Items);
    }

    [Theory]
    [InlineData("O'Brien|Mail", "o'brien|mail")]
    [InlineData("mail", "MAIL")]
    [InlineData("Café 😀", "CAFÉ 😀")]
    public async Task ListAsync_OnService_OpenChangesOnThatServiceAnyCaseByPlannedStart(string stored, string asked)
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreateAsync(storage, builder => builder.WithService(stored).PlannedFor(At(4), At(5)));
        await CreateAsync(storage, builder => builder.WithService(stored + "|x").PlannedFor(At(1), At(2)));
        await CreateAsync(storage, builder => builder.WithService(stored).PlannedFor(At(2), At(3)).InState(ChangeState.Scheduled));
        await CreateAsync(storage, builder => builder.WithService(stored).PlannedFor(At(1), At(2)).InState(ChangeState.Closed));
        await CreateAsync(storage, builder => builder.WithService("other").PlannedFor(At(1), At(2)));

        ChangePage page = await storage.Changes.ListAsync(new ChangeQuery(ChangeListKind.OnService, 10) { Service = asked }, Token);

        Assert.Equal([1003L, 1001], page.Items.Select(item => item.Id.Number));
        Assert.All(page.Items, item => Assert.Equal(stored, item.Service));
    }

    [Fact]
    public async Task ListAsync_OnServiceAfterTheChangeCloses_NoLongerListsIt()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage)).Id;
        ChangeQuery onMail = new(ChangeListKind.OnService, 10) { Service = "Mail" };
        Assert.Single((await storage.Changes.ListAsync(onMail, Token)).Items);

        await ChangeAsync(storage, id, change => change.Cancel("Not needed.", ActionContextBuilder.AnActionContext().Build()));

        Assert.Empty((await storage.Changes.ListAsync(onMail, Token)).Items);
        Assert.Single((await storage.Changes.ListAsync(new ChangeQuery(ChangeListKind.InState, 10) { State = ChangeState.Canceled }, Token)).Items);
    }

    [Theory]
    [InlineData(ChangeListKind.InState)]
    [InlineData(ChangeListKind.RequestedBy)]
    [InlineData(ChangeListKind.OnService)]
    public async Task ListAsync_WithoutWhatTheKindNeeds_Throws(ChangeListKind kind)
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.Changes.ListAsync(new ChangeQuery(kind, 10) { Service = " " }, Token));
    }

    /// <summary>Hours after the default creation instant.</summary>
    private static DateTimeOffset At(int hours) => BuilderDefaults.Instant + TimeSpan.FromHours(hours);

    /// <summary>Draft changes planned to start the given hours after the default creation instant, for an hour.</summary>
    private static async Task CreatePlannedAsync(TestStorage storage, params int[] startHours)
    {
        foreach (int hours in startHours)
        {
            await CreateAsync(storage, builder => builder.PlannedFor(At(hours), At(hours + 1)));
        }
    }
}
