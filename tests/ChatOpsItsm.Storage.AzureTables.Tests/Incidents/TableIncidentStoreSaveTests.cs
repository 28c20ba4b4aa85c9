using System.Globalization;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Tests.Resilience;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Incidents;

public sealed class TableIncidentStoreSaveTests
{
    private static readonly UserIdentity Carol = new("local", "carol");
    private readonly AzuriteFixture _azurite;

    public TableIncidentStoreSaveTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ActionContext Agent => ActionContextBuilder.AnActionContext().At(BuilderDefaults.Instant.AddHours(1)).Build();

    [Fact]
    public async Task SaveAsync_CurrentVersion_StoresTheChangeAndItsEvent()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id;
        StoredIncident stored = (await storage.Incidents.GetAsync(id, Token))!;
        stored.Incident.Assign(BuilderDefaults.Agent, BuilderDefaults.AgentName, Agent);
        stored.Incident.AddNote("Looking at it.", Agent);
        AuditEvent[] pending = [.. stored.Incident.PendingEvents];

        SaveOutcome outcome = await storage.Incidents.SaveAsync(stored.Incident, stored.Version, [], Token);

        Assert.Equal(SaveOutcome.Saved, outcome);
        Assert.Empty(stored.Incident.PendingEvents);
        IncidentWithHistory reread = (await storage.Incidents.GetWithHistoryAsync(id, Token))!;
        Assert.Equal(stored.Incident.ToSnapshot(), reread.Incident.ToSnapshot());
        IncidentAssert.SameEvents(pending, reread.History.Skip(1).ToList());
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_IsAConflictAndWritesNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id;
        StoredIncident first = (await storage.Incidents.GetAsync(id, Token))!;
        StoredIncident stale = (await storage.Incidents.GetAsync(id, Token))!;
        first.Incident.Assign(BuilderDefaults.Agent, BuilderDefaults.AgentName, Agent);
        Assert.Equal(SaveOutcome.Saved, await storage.Incidents.SaveAsync(first.Incident, first.Version, [], Token));
        List<(string Key, string? State, string ETag)> rowsBefore = await RowsAsync(storage.TicketsTable);
        stale.Incident.Cancel("Duplicate.", Agent);

        SaveOutcome outcome = await storage.Incidents.SaveAsync(stale.Incident, stale.Version, [], Token);

        Assert.Equal(SaveOutcome.Conflict, outcome);
        Assert.NotEmpty(stale.Incident.PendingEvents);
        Assert.Equal(rowsBefore, await RowsAsync(storage.TicketsTable));
        IncidentWithHistory reread = (await storage.Incidents.GetWithHistoryAsync(id, Token))!;
        Assert.Equal(IncidentState.InProgress, reread.Incident.State);
        Assert.Equal(2, reread.History.Count);
    }

    [Fact]
    public async Task SaveAsync_TwoConcurrentSavers_ExactlyOneIsSaved()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id;
        StoredIncident bobs = (await storage.Incidents.GetAsync(id, Token))!;
        StoredIncident carols = (await storage.Incidents.GetAsync(id, Token))!;
        bobs.Incident.Assign(BuilderDefaults.Agent, BuilderDefaults.AgentName, Agent);
        carols.Incident.Assign(Carol, "Carol", Agent);

        SaveOutcome[] outcomes = await Task.WhenAll(
            storage.Incidents.SaveAsync(bobs.Incident, bobs.Version, [], Token),
            storage.Incidents.SaveAsync(carols.Incident, carols.Version, [], Token));

        Assert.Single(outcomes, outcome => outcome == SaveOutcome.Saved);
        Incident winner = outcomes[0] == SaveOutcome.Saved ? bobs.Incident : carols.Incident;
        IncidentWithHistory reread = (await storage.Incidents.GetWithHistoryAsync(id, Token))!;
        Assert.Equal(winner.Assignee, reread.Incident.Assignee);
        Assert.Equal(2, reread.History.Count);
        Assert.Single(await RowsAsync(storage.TicketsTable), row => row.Key.StartsWith("ix|asg|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SaveAsync_RetriedAfterTheFirstAttemptLanded_IsSavedOnce()
    {
        LostResponsePolicy lostResponse = LostResponsePolicy.ForTransactions();
        await using TestStorage storage = await TestStorage.StartAsync(_azurite, new TestStorageSettings { Policies = [lostResponse] });
        TicketId id = (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id;
        StoredIncident stored = (await storage.Incidents.GetAsync(id, Token))!;
        stored.Incident.Assign(BuilderDefaults.Agent, BuilderDefaults.AgentName, Agent);
        lostResponse.Arm();

        SaveOutcome outcome = await storage.Incidents.SaveAsync(stored.Incident, stored.Version, [], Token);

        Assert.Equal(1, lostResponse.Lost);
        Assert.Equal(SaveOutcome.Saved, outcome);
        IncidentWithHistory reread = (await storage.Incidents.GetWithHistoryAsync(id, Token))!;
        Assert.Equal(BuilderDefaults.Agent, reread.Incident.Assignee);
        Assert.Equal(2, reread.History.Count);
    }

    [Fact]
    public async Task SaveAsync_StateChanges_MoveTheIndexRows()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id;
        Assert.Equal(["ix|all|3|", "ix|open|3|", "ix|req|local:alice|", "ix|state|New|3|", "ix|svc|PRINTING|"], await IndexPrefixesAsync(storage, id));

        await ChangeAsync(storage, id, incident => incident.Assign(BuilderDefaults.Agent, BuilderDefaults.AgentName, Agent));
        Assert.Equal(
            ["ix|all|3|", "ix|asg|local:bob|", "ix|open|3|", "ix|req|local:alice|", "ix|state|InProgress|3|", "ix|svc|PRINTING|"],
            await IndexPrefixesAsync(storage, id));

        await ChangeAsync(storage, id, incident => incident.Resolve("Rebooted.", Agent));
        Assert.Equal(
            ["ix|all|3|", "ix|asg|local:bob|", "ix|req|local:alice|", "ix|state|Resolved|3|", "ix|svc|PRINTING|"],
            await IndexPrefixesAsync(storage, id));

        await ChangeAsync(storage, id, incident => incident.Close(Agent));
        Assert.Equal(["ix|all|3|", "ix|req|local:alice|", "ix|state|Closed|3|", "ix|svc|PRINTING|"], await IndexPrefixesAsync(storage, id));
    }

    [Fact]
    public async Task SaveAsync_IndexRows_CarryTheNewSummary()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await storage.Incidents.CreateAsync(NewIncident, _ => [], Token)).Id;

        await ChangeAsync(storage, id, incident => incident.Assign(Carol, "Carol", Agent));

        IncidentPage page = await storage.Incidents.ListAsync(new IncidentQuery(IncidentListKind.All, 10), Token);
        IncidentSummary summary = Assert.Single(page.Items);
        Assert.Equal((Carol, "Carol", IncidentState.InProgress), (summary.Assignee!.Value, summary.AssigneeName, summary.State));
        Assert.Equal(Agent.At, summary.UpdatedAt);
    }

    [Fact]
    public async Task SaveAsync_VersionNamingAnotherRow_IsRefused()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        Incident first = await storage.Incidents.CreateAsync(NewIncident, _ => [], Token);
        Incident second = await storage.Incidents.CreateAsync(NewIncident, _ => [], Token);
        StoredIncident stored = (await storage.Incidents.GetAsync(second.Id, Token))!;
        RecordVersion forged = new(stored.Version.Token + "\nt|" + first.Id.Number.ToString("D10", CultureInfo.InvariantCulture));
        stored.Incident.AddNote("Hello.", Agent);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.Incidents.SaveAsync(stored.Incident, forged, [], Token));

        Assert.NotNull(await storage.Incidents.GetAsync(first.Id, Token));
    }

    private static Incident NewIncident(TicketId id) => IncidentBuilder.AnIncident().WithId(id).Build();

    private static async Task ChangeAsync(TestStorage storage, TicketId id, Func<Incident, DomainResult> change)
    {
        StoredIncident stored = (await storage.Incidents.GetAsync(id, Token))!;
        Assert.True(change(stored.Incident).Succeeded);
        Assert.Equal(SaveOutcome.Saved, await storage.Incidents.SaveAsync(stored.Incident, stored.Version, [], Token));
    }

    /// <summary>The index rows of <paramref name="id"/>, without their number suffix, sorted.</summary>
    private static async Task<List<string>> IndexPrefixesAsync(TestStorage storage, TicketId id)
    {
        string number = id.Number.ToString("D10", CultureInfo.InvariantCulture);
        string inverted = (TicketId.MaxNumber - id.Number).ToString("D10", CultureInfo.InvariantCulture);
        return [.. (await RowsAsync(storage.TicketsTable))
            .Select(row => row.Key)
            .Where(key => key.StartsWith("ix|", StringComparison.Ordinal) && (key.EndsWith(number, StringComparison.Ordinal) || key.EndsWith(inverted, StringComparison.Ordinal)))
            .Select(key => key[..^10])
            .Order(StringComparer.Ordinal)];
    }

    private static async Task<List<(string Key, string? State, string ETag)>> RowsAsync(TableClient table)
    {
        List<(string, string?, string)> rows = [];
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(cancellationToken: Token))
        {
            rows.Add((row.RowKey, row.GetString("State"), row.ETag.ToString()));
        }

        return rows;
    }
}
