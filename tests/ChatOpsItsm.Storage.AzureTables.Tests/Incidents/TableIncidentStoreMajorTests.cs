using Azure;
using Azure.Data.Tables;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Incidents;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Incidents;

/// <summary>A major incident and a child's link in the incident record: every part round-trips, old rows read without them, bad ones are refused.</summary>
public sealed class TableIncidentStoreMajorTests
{
    private readonly AzuriteFixture _azurite;

    public TableIncidentStoreMajorTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Majors => ["full", "just-declared", "hostile", "largest"];

    [Theory]
    [MemberData(nameof(Majors))]
    public async Task CreateAsync_Major_RoundTripsEveryPart(string sample)
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        MajorIncident major = Sample(sample);

        IncidentSnapshot created = (await CreateAsync(storage, major, partOf: null)).ToSnapshot();
        StoredIncident? stored = await storage.Incidents.GetAsync(created.Id, Token);
        IncidentWithHistory? withHistory = await storage.Incidents.GetWithHistoryAsync(created.Id, Token);

        MajorAssert.SameSnapshot(created, stored!.Incident.ToSnapshot());
        MajorAssert.SameSnapshot(created, withHistory!.Incident.ToSnapshot());
        Assert.Null(stored.Incident.ToSnapshot().PartOf);
    }

    [Fact]
    public async Task CreateAsync_LargestMajor_IsSplitOverSeveralPropertiesWithinTheCap()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        Incident created = await CreateAsync(storage, MajorSamples.Largest(), partOf: null);

        TableEntity row = await RecordRowAsync(storage, created.Id);
        string[] chunks = [.. Enumerable.Range(0, IncidentRecordMapper.MaxMajorChunks).Select(i => i == 0 ? "Major" : $"Major{i}").Where(row.ContainsKey)];
        Assert.InRange(chunks.Length, 3, IncidentRecordMapper.MaxMajorChunks - 1);
        Assert.All(chunks, name => Assert.InRange(row.GetString(name).Length, 1, ChunkedStringProperty.ChunkLength));
    }

    [Fact]
    public async Task CreateAsync_Child_RoundTripsTheMajorIncidentItIsPartOf()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        Incident created = await CreateAsync(storage, major: null, partOf: MajorSamples.Incident(1042));
        StoredIncident? stored = await storage.Incidents.GetAsync(created.Id, Token);

        Assert.Equal(created.ToSnapshot(), stored!.Incident.ToSnapshot());
        Assert.Equal(MajorSamples.Incident(1042), stored.Incident.ToSnapshot().PartOf);
        Assert.Equal("INC-1042", (await RecordRowAsync(storage, created.Id)).GetString("PartOf"));
    }

    [Fact]
    public async Task CreateAsync_NeitherMajorNorChild_WritesNoSuchProperty()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        Incident created = await storage.Incidents.CreateAsync(id => IncidentBuilder.AnIncident().WithId(id).Build(), _ => [], Token);

        TableEntity row = await RecordRowAsync(storage, created.Id);
        Assert.DoesNotContain(row.Keys, key => key.StartsWith("Major", StringComparison.Ordinal) || key == "PartOf");
    }

    [Fact]
    public async Task GetAsync_RowWrittenBeforeMajorIncidents_ReadsNoMajorAndNoParent()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        Incident created = await CreateAsync(storage, MajorSamples.Full(), MajorSamples.Incident(1042));
        TableEntity row = await RecordRowAsync(storage, created.Id);
        row.Remove("Major");
        row.Remove("PartOf");
        await storage.TicketsTable.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, Token);

        StoredIncident? stored = await storage.Incidents.GetAsync(created.Id, Token);

        Assert.Equal(created.ToSnapshot() with { Major = null, PartOf = null }, stored!.Incident.ToSnapshot());
    }

    [Fact]
    public async Task SaveAsync_DeclaredThroughTheDomain_RoundTripsWithItsDeclaredAndAssignedEvents()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await storage.Incidents.CreateAsync(id => IncidentBuilder.AnIncident().WithId(id).Build(), _ => [], Token)).Id;
        StoredIncident stored = (await storage.Incidents.GetAsync(id, Token))!;
        ActionContext agent = ActionContextBuilder.AnActionContext().At(BuilderDefaults.Instant.AddMinutes(5)).Build();
        Assert.True(stored.Incident.DeclareMajor(new RoleHolder(BuilderDefaults.Agent, BuilderDefaults.AgentName), TimeSpan.FromMinutes(30), "local:general", agent).Succeeded);
        List<AuditEvent> declared = [.. stored.Incident.PendingEvents];
        Assert.Equal([AuditActions.Declared, AuditActions.Assigned], declared.Select(e => e.Action));

        Assert.Equal(SaveOutcome.Saved, await storage.Incidents.SaveAsync(stored.Incident, stored.Version, [], Token));

        IncidentWithHistory reread = (await storage.Incidents.GetWithHistoryAsync(id, Token))!;
        MajorAssert.SameSnapshot(stored.Incident.ToSnapshot(), reread.Incident.ToSnapshot());
        IncidentAssert.SameEvents(declared, [.. reread.History.TakeLast(2)]);
    }

    [Fact]
    public async Task SaveAsync_MajorShrinks_LeavesNoChunkOfTheLargerOne()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage, MajorSamples.Largest(), partOf: null)).Id;
        StoredIncident stored = (await storage.Incidents.GetAsync(id, Token))!;
        Incident smaller = Incident.FromSnapshot(stored.Incident.ToSnapshot() with { Major = MajorSamples.JustDeclared() });

        Assert.Equal(SaveOutcome.Saved, await storage.Incidents.SaveAsync(smaller, stored.Version, [], Token));

        MajorAssert.Same(MajorSamples.JustDeclared(), (await storage.Incidents.GetAsync(id, Token))!.Incident.ToSnapshot().Major);
        Assert.Equal(["Major"], (await RecordRowAsync(storage, id)).Keys.Where(key => key.StartsWith("Major", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Major", "not json")]
    [InlineData("Major", "{}")]
    [InlineData("Major", """{"declaredAt":"2026-01-05T09:00:00+00:00","declaredBy":{"id":"alice","name":"A"},"declaredIn":"local:general","commander":{"id":"local:bob","name":"Bob"},"cadenceTicks":1,"cadenceFrom":"2026-01-05T09:00:00+00:00","linked":[],"actions":[]}""")]
    [InlineData("Major", """{"declaredAt":"2026-01-05T09:00:00+00:00","declaredBy":{"id":"local:bob","name":"Bob"},"declaredIn":"local:general","commander":{"id":"local:bob","name":"Bob"},"cadenceTicks":1,"cadenceFrom":"2026-01-05T09:00:00+00:00","linked":["INC-x"],"actions":[]}""")]
    [InlineData("Major", """{"declaredAt":"2026-01-05T09:00:00+00:00","declaredBy":{"id":"local:bob","name":"Bob"},"declaredIn":"local:general","commander":{"id":"local:bob","name":"Bob"},"cadenceTicks":1,"cadenceFrom":"2026-01-05T09:00:00+00:00","linked":[],"actions":[{"number":1,"addedAt":"2026-01-05T09:00:00+00:00"}]}""")]
    [InlineData("PartOf", "major")]
    public async Task GetAsync_CorruptMajorOrParent_ThrowsInvalidData(string property, string value)
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage, MajorSamples.JustDeclared(), partOf: null)).Id;
        await storage.TicketsTable.UpdateEntityAsync(
            new TableEntity("INC", "t|0000001001") { [property] = value }, ETag.All, TableUpdateMode.Merge, Token);

        await Assert.ThrowsAsync<InvalidDataException>(() => storage.Incidents.GetAsync(id, Token));
    }

    [Fact]
    public void ToJson_Major_IsAsciiWithItsInstantsInUtc()
    {
        string json = MajorIncidentMapper.ToJson(MajorSamples.Hostile());

        Assert.All(json, c => Assert.InRange(c, ' ', '~'));
        Assert.Contains("\"declaredAt\":\"2026-01-05T09:00:00.1234567", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"communications\":null", json, StringComparison.Ordinal);
    }

    private static MajorIncident Sample(string name) => name switch
    {
        "full" => MajorSamples.Full(),
        "just-declared" => MajorSamples.JustDeclared(),
        "hostile" => MajorSamples.Hostile(),
        _ => MajorSamples.Largest(),
    };

    /// <summary>Creates an incident already holding <paramref name="major"/> and <paramref name="partOf"/>, as a later save would leave it.</summary>
    private static Task<Incident> CreateAsync(TestStorage storage, MajorIncident? major, TicketId? partOf) =>
        storage.Incidents.CreateAsync(
            id => Incident.FromSnapshot(IncidentBuilder.AnIncident().WithId(id).InState(IncidentState.InProgress).Build().ToSnapshot() with
            {
                Major = major,
                PartOf = partOf,
            }),
            _ => [],
            Token);

    private static async Task<TableEntity> RecordRowAsync(TestStorage storage, TicketId id) =>
        (await storage.TicketsTable.GetEntityAsync<TableEntity>("INC", $"t|{id.Number:D10}", cancellationToken: Token)).Value;
}
