using Azure.Data.Tables;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Storage.AzureTables.Tests.Resilience;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Incidents;

public sealed class TableIncidentStoreCreateTests
{
    private readonly AzuriteFixture _azurite;

    public TableIncidentStoreCreateTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(IncidentState.New)]
    [InlineData(IncidentState.OnHold)]
    [InlineData(IncidentState.Resolved)]
    [InlineData(IncidentState.Canceled)]
    public async Task CreateAsync_ThenGet_RoundTripsEveryFieldAndEvent(IncidentState state)
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        List<AuditEvent> written = [];
        Incident Build(TicketId id)
        {
            Incident incident = IncidentBuilder.AnIncident()
                .WithId(id)
                .WithPriority(Priority.P2)
                .ReportedAt(BuilderDefaults.Instant.AddTicks(1_234_567))
                .WithStepsEvery(TimeSpan.FromMinutes(7) + TimeSpan.FromTicks(89))
                .WithHoldReason(HoldReason.AwaitingRequester)
                .InState(state)
                .Build();
            written = [.. incident.PendingEvents];
            return incident;
        }

        Incident created = await storage.Incidents.CreateAsync(Build, _ => [], Token);
        StoredIncident? stored = await storage.Incidents.GetAsync(created.Id, Token);
        IncidentWithHistory? withHistory = await storage.Incidents.GetWithHistoryAsync(created.Id, Token);

        Assert.Empty(created.PendingEvents);
        Assert.NotNull(stored);
        Assert.NotNull(withHistory);
        Assert.Equal(created.ToSnapshot(), stored.Incident.ToSnapshot());
        Assert.Equal(created.ToSnapshot(), withHistory.Incident.ToSnapshot());
        IncidentAssert.SameEvents(written, withHistory.History);
    }

    [Fact]
    public async Task CreateAsync_HostileText_IsStoredVerbatim()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        const string title = "It's \"broken\" 100% | /etc/passwd \\ # ? ~ PartitionKey eq 'x' or true 😀";

        Incident created = await storage.Incidents.CreateAsync(
            id => IncidentBuilder.AnIncident().WithId(id).WithTitle(title).WithDescription("' or ''='\n\"; DROP TABLE").Build(), _ => [], Token);
        StoredIncident? stored = await storage.Incidents.GetAsync(created.Id, Token);

        Assert.Equal(title, stored?.Incident.Title);
        Assert.Equal("' or ''='\n\"; DROP TABLE", stored?.Incident.Description);
    }

    [Fact]
    public async Task CreateAsync_Repeatedly_NumbersFrom1001Upwards()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        List<TicketId> ids = [];
        for (int i = 0; i < 3; i++)
        {
            ids.Add((await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id);
        }

        Assert.Equal(["INC-1001", "INC-1002", "INC-1003"], ids.Select(id => id.ToString()));
    }

    [Fact]
    public async Task CreateAsync_NewInstanceOnExistingTable_ContinuesTheNumbering()
    {
        await using TestStorage first = await TestStorage.StartAsync(_azurite);
        await first.Incidents.CreateAsync(NewIncident, _ => [], Token);
        await first.Incidents.CreateAsync(NewIncident, _ => [], Token);
        await using TestStorage second = await TestStorage.StartAsync(_azurite, new TestStorageSettings { TablePrefix = first.TablePrefix });

        Incident next = await second.Incidents.CreateAsync(NewIncident, _ => [], Token);

        Assert.Equal(1003, next.Id.Number);
    }

    [Fact]
    public async Task CreateAsync_TwoInstancesInParallel_GiveDistinctIdsAndOneRecordAndOpenRowEach()
    {
        const int perInstance = 200;
        await using TestStorage first = await TestStorage.StartAsync(_azurite, new TestStorageSettings { OperationTimeout = TimeSpan.FromSeconds(30) });
        await using TestStorage second = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { TablePrefix = first.TablePrefix, OperationTimeout = TimeSpan.FromSeconds(30) });

        Incident[] created = await Task.WhenAll(
            Enumerable.Range(0, perInstance).SelectMany(_ => new[]
            {
                first.Incidents.CreateAsync(NewIncident, _ => [], Token),
                second.Incidents.CreateAsync(NewIncident, _ => [], Token),
            }));

        Assert.Equal(2 * perInstance, created.Select(incident => incident.Id).Distinct().Count());
        List<string> keys = await RowKeysAsync(first.TicketsTable);
        Assert.Equal(2 * perInstance, keys.Count(key => key.StartsWith("t|", StringComparison.Ordinal) && key.Length == 12));
        Assert.Equal(2 * perInstance, keys.Count(key => key.StartsWith("ix|open|", StringComparison.Ordinal)));
        Assert.Equal(2 * perInstance, keys.Count(key => key.Contains("|a|", StringComparison.Ordinal)));
        Assert.Equal(
            created.Select(incident => $"t|{incident.Id.Number:D10}").Order(StringComparer.Ordinal),
            keys.Where(key => key.StartsWith("t|", StringComparison.Ordinal) && key.Length == 12));
    }

    [Fact]
    public async Task CreateAsync_RetriedAfterTheFirstAttemptLanded_IsNotDuplicated()
    {
        LostResponsePolicy lostResponse = LostResponsePolicy.ForTransactions();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Policies = [lostResponse] });
        await storage.Incidents.CreateAsync(NewIncident, _ => [], Token);
        lostResponse.Arm();

        Incident created = await storage.Incidents.CreateAsync(NewIncident, _ => [], Token);
        Incident next = await storage.Incidents.CreateAsync(NewIncident, _ => [], Token);

        Assert.Equal(1, lostResponse.Lost);
        Assert.Equal(1002, created.Id.Number);
        Assert.Equal(1003, next.Id.Number);
        IncidentWithHistory? stored = await storage.Incidents.GetWithHistoryAsync(created.Id, Token);
        Assert.Single(stored!.History);
        Assert.Equal(3, (await RowKeysAsync(storage.TicketsTable)).Count(key => key.StartsWith("ix|open|", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GetAsync_Missing_ReturnsNull()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId missing = new(TicketType.Incident, 4242);

        Assert.Null(await storage.Incidents.GetAsync(missing, Token));
        Assert.Null(await storage.Incidents.GetWithHistoryAsync(missing, Token));
    }

    [Fact]
    public async Task GetAsync_ChangeId_Throws()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        await Assert.ThrowsAsync<ArgumentException>(
            () => storage.Incidents.GetAsync(new TicketId(TicketType.Change, 1001), Token));
    }

    private static Incident NewIncident(TicketId id) => IncidentBuilder.AnIncident().WithId(id).Build();

    private static async Task<List<string>> RowKeysAsync(TableClient table)
    {
        List<string> keys = [];
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(select: ["RowKey"], cancellationToken: Token))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }
}
