using Azure.Data.Tables;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Incidents;

/// <summary>
/// The service index (<c>ix|svc|…</c>: every incident on a service, newest first, whatever the case) and what every
/// listing now tells: when an incident was reported, whether it is major, which major incident it is part of.
/// </summary>
public sealed class TableIncidentStoreServiceListTests
{
    private const string HostileService = "It's | a/b \\ #? PartitionKey eq 'x' or true 😀";
    private readonly AzuriteFixture _azurite;

    public TableIncidentStoreServiceListTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_OnService_EveryStateNewestFirstWhateverTheCase()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreateAsync(storage, "Mail", IncidentState.New);
        await CreateAsync(storage, "Payroll", IncidentState.New);
        await CreateAsync(storage, "mail", IncidentState.Closed);
        await CreateAsync(storage, "mailbox", IncidentState.New);
        await CreateAsync(storage, "mail|x", IncidentState.New);
        await CreateAsync(storage, "MAIL", IncidentState.Canceled);

        IncidentPage page = await storage.Incidents.ListAsync(new IncidentQuery(IncidentListKind.OnService, 10) { Service = "  mAiL " }, Token);

        Assert.Equal([1006L, 1003, 1001], page.Items.Select(item => item.Id.Number));
        Assert.Equal(["MAIL", "mail", "Mail"], page.Items.Select(item => item.Service));
        Assert.Equal([IncidentState.Canceled, IncidentState.Closed, IncidentState.New], page.Items.Select(item => item.State));
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task ListAsync_OnHostileService_FindsThatServiceOnlyAndInjectionFindsNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await CreateAsync(storage, HostileService, IncidentState.New);
        await CreateAsync(storage, "x", IncidentState.New);

        IncidentPage hostile = await storage.Incidents.ListAsync(new IncidentQuery(IncidentListKind.OnService, 10) { Service = HostileService.ToUpperInvariant() }, Token);
        IncidentPage injected = await storage.Incidents.ListAsync(
            new IncidentQuery(IncidentListKind.OnService, 10) { Service = "x' or PartitionKey eq 'INC' or 'a'='a" }, Token);

        Assert.Equal(HostileService, Assert.Single(hostile.Items).Service);
        Assert.Empty(injected.Items);
    }

    [Fact]
    public async Task ListAsync_OnServicePaged_ReturnsEveryItemOnce()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        for (int i = 0; i < 5; i++)
        {
            await CreateAsync(storage, i % 2 == 0 ? "vpn" : "VPN", IncidentState.New);
        }

        List<long> seen = [];
        string? continuation = null;
        do
        {
            IncidentPage page = await storage.Incidents.ListAsync(
                new IncidentQuery(IncidentListKind.OnService, 2) { Service = "Vpn", ContinuationToken = continuation }, Token);
            Assert.InRange(page.Items.Count, 1, 2);
            seen.AddRange(page.Items.Select(item => item.Id.Number));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        Assert.Equal([1005L, 1004, 1003, 1002, 1001], seen);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ListAsync_OnServiceWithoutService_Throws(string? service)
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        await Assert.ThrowsAsync<ArgumentException>(
            () => storage.Incidents.ListAsync(new IncidentQuery(IncidentListKind.OnService, 10) { Service = service }, Token));
    }

    [Fact]
    public async Task SaveAsync_ServiceChanged_MovesItsServiceRow()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage, "mail", IncidentState.New)).Id;
        StoredIncident stored = (await storage.Incidents.GetAsync(id, Token))!;

        SaveOutcome outcome = await storage.Incidents.SaveAsync(
            Incident.FromSnapshot(stored.Incident.ToSnapshot() with { Service = "Calendar" }), stored.Version, [], Token);

        Assert.Equal(SaveOutcome.Saved, outcome);
        Assert.Empty((await ListOnServiceAsync(storage, "mail")).Items);
        Assert.Equal([id], (await ListOnServiceAsync(storage, "calendar")).Items.Select(item => item.Id));
    }

    [Theory]
    [InlineData(IncidentListKind.Open)]
    [InlineData(IncidentListKind.All)]
    [InlineData(IncidentListKind.InState)]
    [InlineData(IncidentListKind.RequestedBy)]
    [InlineData(IncidentListKind.AssignedTo)]
    [InlineData(IncidentListKind.OnService)]
    public async Task ListAsync_EveryKind_TellsWhenReportedWhetherMajorAndWhatItIsPartOf(IncidentListKind kind)
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        Incident major = await CreateAsync(storage, "mail", IncidentState.InProgress, MajorSamples.JustDeclared());
        Incident child = await CreateAsync(storage, "mail", IncidentState.InProgress, partOf: major.Id);
        IncidentQuery query = new(kind, 10)
        {
            State = IncidentState.InProgress,
            Person = kind == IncidentListKind.AssignedTo ? BuilderDefaults.Agent : BuilderDefaults.Requester,
            Service = "mail",
        };

        IncidentPage page = await storage.Incidents.ListAsync(query, Token);

        IncidentSummary majorLine = Assert.Single(page.Items, item => item.Id == major.Id);
        IncidentSummary childLine = Assert.Single(page.Items, item => item.Id == child.Id);
        Assert.Equal((BuilderDefaults.Instant, true, (TicketId?)null), (majorLine.ReportedAt, majorLine.IsMajor, majorLine.PartOf));
        Assert.Equal((BuilderDefaults.Instant, false, (TicketId?)major.Id), (childLine.ReportedAt, childLine.IsMajor, childLine.PartOf));
        Assert.NotEqual(majorLine.ReportedAt, majorLine.UpdatedAt);
    }

    [Fact]
    public async Task ListAsync_IndexRowsWrittenBeforeTheseFields_ReadAsReportedAtTheUpdateAndNotMajor()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        Incident created = await CreateAsync(storage, "mail", IncidentState.InProgress, MajorSamples.JustDeclared(), MajorSamples.Incident(1042));
        await foreach (TableEntity row in storage.TicketsTable.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {"INC"} and RowKey ge {"ix|"} and RowKey lt {"ix}"}"), cancellationToken: Token))
        {
            row.Remove("ReportedAt");
            row.Remove("IsMajor");
            row.Remove("PartOf");
            await storage.TicketsTable.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, Token);
        }

        IncidentPage page = await ListOnServiceAsync(storage, "mail");

        IncidentSummary line = Assert.Single(page.Items);
        Assert.Equal((created.UpdatedAt, false, (TicketId?)null), (line.ReportedAt, line.IsMajor, line.PartOf));
    }

    [Fact]
    public async Task SaveAsync_DeclaredMajorAndChildLinked_ListingsFollow()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId major = (await CreateAsync(storage, "mail", IncidentState.New)).Id;
        TicketId child = (await CreateAsync(storage, "mail", IncidentState.New)).Id;
        await SaveAsync(storage, major, snapshot => snapshot with { Major = MajorSamples.JustDeclared() });
        await SaveAsync(storage, child, snapshot => snapshot with { PartOf = major });

        IncidentPage page = await ListOnServiceAsync(storage, "mail");

        Assert.Equal([(child, false, (TicketId?)major), (major, true, null)], page.Items.Select(item => (item.Id, item.IsMajor, item.PartOf)));
    }

    private static Task<Incident> CreateAsync(
        TestStorage storage, string service, IncidentState state, MajorIncident? major = null, TicketId? partOf = null) =>
        storage.Incidents.CreateAsync(
            id => Incident.FromSnapshot(IncidentBuilder.AnIncident()
                .WithId(id)
                .WithService(service)
                .WithStepsEvery(TimeSpan.FromMinutes(10))
                .InState(state)
                .Build()
                .ToSnapshot() with { Major = major, PartOf = partOf }),
            _ => [],
            Token);

    private static async Task SaveAsync(TestStorage storage, TicketId id, Func<IncidentSnapshot, IncidentSnapshot> change)
    {
        StoredIncident stored = (await storage.Incidents.GetAsync(id, Token))!;
        Incident changed = Incident.FromSnapshot(change(stored.Incident.ToSnapshot()));
        Assert.Equal(SaveOutcome.Saved, await storage.Incidents.SaveAsync(changed, stored.Version, [], Token));
    }

    private static Task<IncidentPage> ListOnServiceAsync(TestStorage storage, string service) =>
        storage.Incidents.ListAsync(new IncidentQuery(IncidentListKind.OnService, 10) { Service = service }, Token);
}
