using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Tests.Incidents;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Storage.AzureTables.Tests.Problems.ProblemStoreOperations;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Problems;

public sealed class TableProblemStoreTests(AzuriteFixture azurite)
{
    private static readonly TicketId Inc1002 = new(TicketType.Incident, 1002);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ActionContext Later(int minutes) =>
        ActionContextBuilder.AnActionContext().At(BuilderDefaults.Instant.AddTicks(1_234_567) + TimeSpan.FromMinutes(minutes)).Build();

    [Theory]
    [InlineData(ProblemState.New)]
    [InlineData(ProblemState.RootCauseAnalysis)]
    [InlineData(ProblemState.KnownError)]
    [InlineData(ProblemState.Resolved)]
    [InlineData(ProblemState.Closed)]
    public async Task CreateAsync_ThenGet_RoundTripsEveryFieldAndEvent(ProblemState state)
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        List<AuditEvent> written = [];

        Problem created = await storage.Problems.CreateAsync(
            id =>
            {
                Problem problem = ProblemBuilder.AProblem().WithId(id).WithIncidents(BuilderDefaults.IncidentId, Inc1002).InState(state).Build();
                written = [.. problem.PendingEvents];
                return problem;
            },
            _ => [],
            Token);
        StoredProblem? stored = await storage.Problems.GetAsync(created.Id, Token);
        ProblemWithHistory? withHistory = await storage.Problems.GetWithHistoryAsync(created.Id, Token);

        Assert.Empty(created.PendingEvents);
        Assert.Equivalent(created.ToSnapshot(), stored!.Problem.ToSnapshot(), strict: true);
        Assert.Equal(created.Incidents, stored.Problem.Incidents);
        Assert.Equivalent(created.ToSnapshot(), withHistory!.Problem.ToSnapshot(), strict: true);
        IncidentAssert.SameEvents(written, withHistory.History);
    }

    [Fact]
    public async Task CreateAsync_Several_NumbersFrom1001AcrossInstances()
    {
        await using TestStorage first = await TestStorage.StartAsync(azurite);
        await using TestStorage second = await TestStorage.StartAsync(azurite, new TestStorageSettings { TablePrefix = first.TablePrefix });

        Problem[] created = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => CreateAsync(i % 2 == 0 ? first : second)));

        Assert.Equal(Enumerable.Range(1001, 6).Select(n => (long)n), created.Select(p => p.Id.Number).Order());
        Assert.All(created, p => Assert.Equal(TicketType.Problem, p.Id.Type));
    }

    [Fact]
    public async Task GetAsync_Unknown_IsNull()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);

        Assert.Null(await storage.Problems.GetAsync(ProblemBuilder.ProblemId, Token));
        Assert.Null(await storage.Problems.GetWithHistoryAsync(ProblemBuilder.ProblemId, Token));
    }

    [Fact]
    public async Task SaveAsync_OnAStaleVersion_IsAConflictAndWritesNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        Problem created = await CreateAsync(storage);
        StoredProblem first = (await storage.Problems.GetAsync(created.Id, Token))!;
        StoredProblem second = (await storage.Problems.GetAsync(created.Id, Token))!;
        first.Problem.Link(Inc1002, Later(1));
        second.Problem.RecordWorkaround("Restart it.", Later(2));

        Assert.Equal(SaveOutcome.Saved, await storage.Problems.SaveAsync(first.Problem, first.Version, [], Token));
        Assert.Equal(SaveOutcome.Conflict, await storage.Problems.SaveAsync(second.Problem, second.Version, [], Token));

        Problem stored = (await storage.Problems.GetAsync(created.Id, Token))!.Problem;
        Assert.Equal(ProblemState.New, stored.State);
        Assert.Equal([BuilderDefaults.IncidentId, Inc1002], stored.Incidents);
        Assert.DoesNotContain("ix|known|9999998998", await IndexKeysAsync(storage));
    }

    [Fact]
    public async Task SaveAsync_Lifecycle_MovesTheIndexRows()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        Problem created = await CreateAsync(storage, b => b.OnService("Web|Shop"));

        Assert.Equal(["ix|all|9999998998", "ix|inc|0000001001|9999998998", "ix|open|9999998998"], await IndexKeysAsync(storage));

        await ChangeAsync(storage, created.Id, p => p.RecordWorkaround("Restart it.", Later(1)));
        await ChangeAsync(storage, created.Id, p => p.Link(Inc1002, Later(2)));
        Assert.Equal(
            ["ix|all|9999998998", "ix|inc|0000001001|9999998998", "ix|inc|0000001002|9999998998", "ix|ke|WEB~007CSHOP|9999998998",
             "ix|known|9999998998", "ix|open|9999998998"],
            await IndexKeysAsync(storage));

        await ChangeAsync(storage, created.Id, p => p.Unlink(BuilderDefaults.IncidentId, Later(3)));
        await ChangeAsync(storage, created.Id, p => p.Resolve("Patched.", Later(4)));
        Assert.Equal(["ix|all|9999998998", "ix|inc|0000001002|9999998998"], await IndexKeysAsync(storage));
    }

    [Fact]
    public async Task ListAsync_KnownErrorsOnService_IsCaseInsensitiveAndCarriesTheWorkaround()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        Problem mail = await CreateAsync(storage, b => b.OnService("Email").InState(ProblemState.KnownError));
        await CreateAsync(storage, b => b.OnService("email").InState(ProblemState.RootCauseAnalysis));
        await CreateAsync(storage, b => b.OnService("email|x").InState(ProblemState.KnownError));
        const string hostile = "'; PartitionKey eq 'INC' or ''='";
        Problem quoted = await CreateAsync(storage, b => b.OnService(hostile).InState(ProblemState.KnownError));

        ProblemPage onMail = await ListAsync(storage, new ProblemQuery(ProblemListKind.KnownErrorsOnService, 10) { Service = " EMAIL " });
        ProblemPage onQuoted = await ListAsync(storage, new ProblemQuery(ProblemListKind.KnownErrorsOnService, 10) { Service = hostile });

        ProblemSummary only = Assert.Single(onMail.Items);
        Assert.Equal(
            new ProblemSummary(mail.Id, "Mail queue stalls", "Email", ProblemState.KnownError, "Restart the queue worker.", 1, mail.UpdatedAt),
            only);
        Assert.Equal(quoted.Id, Assert.Single(onQuoted.Items).Id);
    }

    [Fact]
    public async Task ListAsync_EachKind_ReadsItsIndexNewestFirst()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        Problem a = await CreateAsync(storage);
        Problem b = await CreateAsync(storage, p => p.InState(ProblemState.KnownError).WithIncidents(Inc1002));
        Problem c = await CreateAsync(storage, p => p.InState(ProblemState.Closed).WithIncidents(BuilderDefaults.IncidentId, Inc1002));

        Assert.Equal([b.Id, a.Id], Ids(await ListAsync(storage, new ProblemQuery(ProblemListKind.Open, 10))));
        Assert.Equal([b.Id], Ids(await ListAsync(storage, new ProblemQuery(ProblemListKind.KnownErrors, 10))));
        Assert.Equal([c.Id, b.Id, a.Id], Ids(await ListAsync(storage, new ProblemQuery(ProblemListKind.All, 10))));
        Assert.Equal([c.Id, b.Id], Ids(await ListAsync(storage, new ProblemQuery(ProblemListKind.ForIncident, 10) { Incident = Inc1002 })));
        Assert.Equal([c.Id, a.Id], Ids(await ListAsync(storage, new ProblemQuery(ProblemListKind.ForIncident, 10) { Incident = BuilderDefaults.IncidentId })));
    }

    [Fact]
    public async Task ListAsync_PageSize_HandsAContinuation()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        for (int i = 0; i < 3; i++)
        {
            await CreateAsync(storage);
        }

        ProblemPage first = await ListAsync(storage, new ProblemQuery(ProblemListKind.All, 2));
        ProblemPage second = await ListAsync(storage, new ProblemQuery(ProblemListKind.All, 2) { ContinuationToken = first.ContinuationToken });

        Assert.Equal(2, first.Items.Count);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(1001, Assert.Single(second.Items).Id.Number);
    }

    [Theory]
    [InlineData(ProblemListKind.KnownErrorsOnService)]
    [InlineData(ProblemListKind.ForIncident)]
    public async Task ListAsync_WithoutWhatItsKindNeeds_Throws(ProblemListKind kind)
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => ListAsync(storage, new ProblemQuery(kind, 10)));
    }

    [Fact]
    public async Task SaveAsync_WithWork_WritesItsOutboxRowInTheProblemPartition()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        Problem created = await CreateAsync(storage);
        StoredProblem stored = (await storage.Problems.GetAsync(created.Id, Token))!;
        stored.Problem.RecordRootCause("cause", Later(1));
        NotificationWork work = NotificationWorkBuilder.ANotification().WithId("PRB-1001:2:requester").Build();

        Assert.Equal(SaveOutcome.Saved, await storage.Problems.SaveAsync(stored.Problem, stored.Version, [work], Token));

        Azure.NullableResponse<Azure.Data.Tables.TableEntity> row = await storage.TicketsTable.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(
            "PRB", "o|PRB-1001:2:requester", cancellationToken: Token);
        Assert.True(row.HasValue);
        Assert.Contains("PRB", AzureTables.Keys.OutboxKeys.Partitions);
    }

    private static List<TicketId> Ids(ProblemPage page) => [.. page.Items.Select(p => p.Id)];
}
