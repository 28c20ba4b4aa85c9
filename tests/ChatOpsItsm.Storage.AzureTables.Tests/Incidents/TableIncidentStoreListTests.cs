using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Incidents;

public sealed class TableIncidentStoreListTests
{
    private const string HostileTitle = "It's \"x\" 100% | a/b \\ #? PartitionKey eq 'x' or true 😀";
    private static readonly UserIdentity Hostile = new("local", "o'brien\"%|/\\#?~😀");
    private static readonly UserIdentity Injector = new("local", "x' or PartitionKey eq 'x' or true or 'a'='a");
    private readonly AzuriteFixture _azurite;

    public TableIncidentStoreListTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_Open_MostUrgentFirstThenOldestFirst()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreateAsync(storage, Priority.P3, Priority.P1, Priority.P2, Priority.P1, Priority.P5);

        IncidentPage page = await storage.Incidents.ListAsync(new IncidentQuery(IncidentListKind.Open, 10), Token);

        Assert.Equal([1002L, 1004, 1003, 1001, 1005], page.Items.Select(item => item.Id.Number));
        Assert.Equal([Priority.P1, Priority.P1, Priority.P2, Priority.P3, Priority.P5], page.Items.Select(item => item.Priority));
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task ListAsync_PagedWithContinuation_ReturnsEveryItemOnce()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreateAsync(storage, Priority.P3, Priority.P1, Priority.P2, Priority.P1, Priority.P5);

        List<long> seen = [];
        List<int> pageSizes = [];
        string? continuation = null;
        do
        {
            IncidentPage page = await storage.Incidents.ListAsync(
                new IncidentQuery(IncidentListKind.Open, 2) { ContinuationToken = continuation }, Token);
            seen.AddRange(page.Items.Select(item => item.Id.Number));
            pageSizes.Add(page.Items.Count);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        Assert.Equal([1002L, 1004, 1003, 1001, 1005], seen);
        Assert.Equal([2, 2, 1], pageSizes);
    }

    [Fact]
    public async Task ListAsync_OpenNarrowedByPriority_ReturnsThatPriorityOnly()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreateAsync(storage, Priority.P3, Priority.P1, Priority.P2, Priority.P1);

        IncidentPage page = await storage.Incidents.ListAsync(
            new IncidentQuery(IncidentListKind.Open, 10) { Priority = Priority.P1 }, Token);

        Assert.Equal([1002L, 1004], page.Items.Select(item => item.Id.Number));
    }

    [Fact]
    public async Task ListAsync_InStateAndAll_FollowTheLifecycle()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreateAsync(storage, Priority.P2, Priority.P4);
        await storage.Incidents.CreateAsync(
            id => IncidentBuilder.AnIncident().WithId(id).WithPriority(Priority.P1).InState(IncidentState.Resolved).Build(), _ => [], Token);

        IncidentPage resolved = await storage.Incidents.ListAsync(
            new IncidentQuery(IncidentListKind.InState, 10) { State = IncidentState.Resolved }, Token);
        IncidentPage open = await storage.Incidents.ListAsync(new IncidentQuery(IncidentListKind.Open, 10), Token);
        IncidentPage all = await storage.Incidents.ListAsync(new IncidentQuery(IncidentListKind.All, 10), Token);

        Assert.Equal([1003L], resolved.Items.Select(item => item.Id.Number));
        Assert.Equal([1001L, 1002], open.Items.Select(item => item.Id.Number));
        Assert.Equal([1003L, 1001, 1002], all.Items.Select(item => item.Id.Number));
    }

    [Fact]
    public async Task ListAsync_RequestedByHostileIdentity_ReturnsTheirIncidentsNewestFirst()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.Incidents.CreateAsync(id => Reported(id, Hostile), _ => [], Token);
        await storage.Incidents.CreateAsync(id => Reported(id, Injector), _ => [], Token);
        await storage.Incidents.CreateAsync(id => Reported(id, Hostile), _ => [], Token);
        await storage.Incidents.CreateAsync(id => Reported(id, new UserIdentity("local", "o")), _ => [], Token);

        IncidentPage hostiles = await storage.Incidents.ListAsync(
            new IncidentQuery(IncidentListKind.RequestedBy, 10) { Person = Hostile }, Token);
        IncidentPage injectors = await storage.Incidents.ListAsync(
            new IncidentQuery(IncidentListKind.RequestedBy, 10) { Person = Injector }, Token);
        IncidentPage nobody = await storage.Incidents.ListAsync(
            new IncidentQuery(IncidentListKind.RequestedBy, 10) { Person = new UserIdentity("x", "' or true or ''='") }, Token);

        Assert.Equal([1003L, 1001], hostiles.Items.Select(item => item.Id.Number));
        Assert.All(hostiles.Items, item => Assert.Equal((Hostile, HostileTitle), (item.Requester, item.Title)));
        Assert.Equal([1002L], injectors.Items.Select(item => item.Id.Number));
        Assert.Empty(nobody.Items);
    }

    [Fact]
    public async Task ListAsync_AssignedTo_ListsUntilClosedNewestFirst()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreateAsync(storage, Priority.P3, Priority.P3, Priority.P3);
        ActionContext agent = ActionContextBuilder.AnActionContext().Build();
        foreach (long number in new[] { 1001L, 1002, 1003 })
        {
            await ChangeAsync(storage, number, incident => incident.Assign(Hostile, "O'Brien", agent));
        }

        await ChangeAsync(storage, 1002, incident => incident.Resolve("Fixed.", agent));
        await ChangeAsync(storage, 1003, incident => incident.Resolve("Fixed.", agent));
        await ChangeAsync(storage, 1003, incident => incident.Close(agent));

        IncidentPage page = await storage.Incidents.ListAsync(
            new IncidentQuery(IncidentListKind.AssignedTo, 10) { Person = Hostile }, Token);

        Assert.Equal([1002L, 1001], page.Items.Select(item => item.Id.Number));
        Assert.Equal([IncidentState.Resolved, IncidentState.InProgress], page.Items.Select(item => item.State));
    }

    [Fact]
    public async Task ListAsync_PageSizeAboveTheMaximum_IsCappedAtTheMaximum()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        for (int i = 0; i < IncidentQuery.MaxPageSize + 1; i++)
        {
            await storage.Incidents.CreateAsync(id => IncidentBuilder.AnIncident().WithId(id).Build(), _ => [], Token);
        }

        IncidentPage page = await storage.Incidents.ListAsync(new IncidentQuery(IncidentListKind.All, 1000), Token);

        Assert.Equal(IncidentQuery.MaxPageSize, page.Items.Count);
        Assert.NotNull(page.ContinuationToken);
    }

    private static async Task CreateAsync(TestStorage storage, params Priority[] priorities)
    {
        foreach (Priority priority in priorities)
        {
            await storage.Incidents.CreateAsync(id => IncidentBuilder.AnIncident().WithId(id).WithPriority(priority).Build(), _ => [], Token);
        }
    }

    private static Incident Reported(TicketId id, UserIdentity requester) =>
        IncidentBuilder.AnIncident().WithId(id).WithTitle(HostileTitle).ReportedBy(requester, "Requester").Build();

    private static async Task ChangeAsync(TestStorage storage, long number, Func<Incident, DomainResult> change)
    {
        StoredIncident stored = (await storage.Incidents.GetAsync(new TicketId(TicketType.Incident, number), Token))!;
        Assert.True(change(stored.Incident).Succeeded);
        Assert.Equal(SaveOutcome.Saved, await storage.Incidents.SaveAsync(stored.Incident, stored.Version, [], Token));
    }
}
