using Azure.Data.Tables;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Storage.AzureTables.Tests.Incidents;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Storage.AzureTables.Tests.Changes.ChangeStoreOperations;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Changes;

public sealed class TableChangeStoreCreateTests
{
    /// <summary>An instant with sub-millisecond ticks and a non-UTC offset: both must survive storage as the same instant.</summary>
    private static readonly DateTimeOffset OddInstant = BuilderDefaults.Instant.AddTicks(1_234_567).ToOffset(TimeSpan.FromHours(2));

    private readonly AzuriteFixture _azurite;

    public TableChangeStoreCreateTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(ChangeType.Normal, ChangeState.Draft)]
    [InlineData(ChangeType.Normal, ChangeState.Authorize)]
    [InlineData(ChangeType.Normal, ChangeState.Scheduled)]
    [InlineData(ChangeType.Normal, ChangeState.Rejected)]
    [InlineData(ChangeType.Normal, ChangeState.Closed)]
    [InlineData(ChangeType.Emergency, ChangeState.Failed)]
    [InlineData(ChangeType.Standard, ChangeState.Review)]
    [InlineData(ChangeType.Normal, ChangeState.Canceled)]
    public async Task CreateAsync_ThenGet_RoundTripsEveryFieldVoteAndEvent(ChangeType type, ChangeState state)
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        List<AuditEvent> written = [];
        Change Build(TicketId id)
        {
            Change change = ChangeBuilder.AChange().WithId(id).OfType(type).CreatedAt(OddInstant).WithEligibleApprovers(3).InState(state).Build();
            written = [.. change.PendingEvents];
            return change;
        }

        Change created = await storage.Changes.CreateAsync(Build, _ => [], Token);
        StoredChange? stored = await storage.Changes.GetAsync(created.Id, Token);
        ChangeWithHistory? withHistory = await storage.Changes.GetWithHistoryAsync(created.Id, Token);

        Assert.Empty(created.PendingEvents);
        Assert.NotNull(stored);
        Assert.NotNull(withHistory);
        ChangeAssert.SameSnapshot(created.ToSnapshot(), stored.Change.ToSnapshot());
        ChangeAssert.SameSnapshot(created.ToSnapshot(), withHistory.Change.ToSnapshot());
        IncidentAssert.SameEvents(written, withHistory.History);
    }

    [Fact]
    public async Task CreateAsync_SubmittedWithVotesAndADecision_RoundTripsTheWholeVote()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        Change created = await CreateAsync(storage, builder => builder.CreatedAt(OddInstant).WithEligibleApprovers(4).InState(ChangeState.Scheduled));
        ChangeVoting stored = (await storage.Changes.GetAsync(created.Id, Token))!.Change.Voting!;

        Assert.Equal(ApprovalPolicies.Default.For(ChangeType.Normal), stored.Policy);
        Assert.Equal((4, OddInstant, OddInstant + TimeSpan.FromHours(48), 0), (stored.EligibleApprovers!.Value, stored.OpenedAt, stored.Deadline, stored.Escalations));
        Assert.Equal(
            [
                new ChangeVote(Approvers.Carol.PrimaryIdentity, "Carol", VoteChoice.Approve, "Looks safe.", OddInstant + TimeSpan.FromMinutes(10)),
                new ChangeVote(Approvers.Dave.PrimaryIdentity, "Dave", VoteChoice.Approve, null, OddInstant + TimeSpan.FromMinutes(10)),
            ],
            stored.Votes);
        Assert.Equal((ChangeDecision.Approved, OddInstant + TimeSpan.FromMinutes(10)), (stored.Decision!.Value, stored.DecidedAt!.Value));
        Assert.Equal(OddInstant.UtcTicks + TimeSpan.FromMinutes(10).Ticks, stored.DecidedAt.Value.UtcTicks);
    }

    [Fact]
    public async Task CreateAsync_EscalatedEmergencyVote_KeepsTheEscalationAndExtendedDeadline()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        Change Build(TicketId id)
        {
            Change change = ChangeBuilder.AChange().WithId(id).OfType(ChangeType.Emergency).InState(ChangeState.Authorize).Build();
            ActionContext atDeadline = ActionContextBuilder.AnActionContext().At(change.Voting!.Deadline).Build();
            Assert.True(change.ApplyVotingDeadline(atDeadline).Succeeded);
            return change;
        }

        Change created = await storage.Changes.CreateAsync(Build, _ => [], Token);
        ChangeVoting stored = (await storage.Changes.GetAsync(created.Id, Token))!.Change.Voting!;

        Assert.Equal((1, BuilderDefaults.Instant + TimeSpan.FromHours(8)), (stored.Escalations, stored.Deadline));
        Assert.Equal((ApproverGroup.Ecab, DeadlineAction.Escalate), (stored.Policy.Group, stored.Policy.AtDeadline));
        Assert.Null(stored.EligibleApprovers);
        Assert.Null(stored.Decision);
    }

    [Fact]
    public async Task CreateAsync_HostileText_IsStoredVerbatim()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        const string title = "It's \"broken\" 100% | /etc/passwd \\ # ? ~ PartitionKey eq 'CHG' or true 😀";
        const string comment = "' or ''='\n\"; DROP TABLE | ~007C 😀";
        Person hostile = ApproverBuilder.AnApprover().WithIdentity(new UserIdentity("local", "o'brien|\"😀")).Named("O'Brien | 😀").Build();
        Change Build(TicketId id)
        {
            Change change = ChangeBuilder.AChange().WithId(id).WithTitle(title).WithDescription(comment).WithService("it's | mail").InState(ChangeState.Authorize).Build();
            Assert.True(change.Vote(hostile, VoteChoice.Reject, comment, ActionContextBuilder.AnActionContext().Build()).Succeeded);
            return change;
        }

        Change created = await storage.Changes.CreateAsync(Build, _ => [], Token);
        Change stored = (await storage.Changes.GetAsync(created.Id, Token))!.Change;

        Assert.Equal((title, comment, "it's | mail"), (stored.Title, stored.Description, stored.Service));
        ChangeVote vote = Assert.Single(stored.Voting!.Votes);
        Assert.Equal((hostile.PrimaryIdentity, "O'Brien | 😀", comment), (vote.Approver, vote.ApproverName, vote.Comment));
        ChangeAssert.SameSnapshot(created.ToSnapshot(), stored.ToSnapshot());
    }

    [Fact]
    public async Task CreateAsync_Repeatedly_NumbersFrom1001Upwards()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.Incidents.CreateAsync(id => IncidentBuilder.AnIncident().WithId(id).Build(), _ => [], Token);

        List<string> ids = [];
        for (int i = 0; i < 3; i++)
        {
            ids.Add((await CreateAsync(storage)).Id.ToString());
        }

        Assert.Equal(["CHG-1001", "CHG-1002", "CHG-1003"], ids);
    }

    [Fact]
    public async Task CreateAsync_TwoInstancesInParallel_GiveDistinctIdsAndOneRecordEach()
    {
        const int perInstance = 100;
        await using TestStorage first = await TestStorage.StartAsync(_azurite, new TestStorageSettings { OperationTimeout = TimeSpan.FromSeconds(30) });
        await using TestStorage second = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { TablePrefix = first.TablePrefix, OperationTimeout = TimeSpan.FromSeconds(30) });

        Change[] created = await Task.WhenAll(
            Enumerable.Range(0, perInstance).SelectMany(_ => new[] { CreateAsync(first), CreateAsync(second) }));

        Assert.Equal(2 * perInstance, created.Select(change => change.Id).Distinct().Count());
        List<string> keys = [.. (await RowsAsync(first)).Select(row => row.Key)];
        Assert.Equal(
            created.Select(change => $"t|{change.Id.Number:D10}").Order(StringComparer.Ordinal),
            keys.Where(key => key.StartsWith("t|", StringComparison.Ordinal) && key.Length == 12));
        Assert.Equal(2 * perInstance, keys.Count(key => key.Contains("|a|", StringComparison.Ordinal)));
        Assert.Equal(2 * perInstance, keys.Count(key => key.StartsWith("ix|open|", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GetAsync_Missing_ReturnsNull()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId missing = new(TicketType.Change, 4242);

        Assert.Null(await storage.Changes.GetAsync(missing, Token));
        Assert.Null(await storage.Changes.GetWithHistoryAsync(missing, Token));
    }

    [Fact]
    public async Task GetAsync_IncidentId_Throws()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.Changes.GetAsync(new TicketId(TicketType.Incident, 1001), Token));
    }

    [Fact]
    public async Task CreateAsync_WithOutboundWork_WritesOutboxRowsInTheChangePartition()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        Change created = await storage.Changes.CreateAsync(
            id => ChangeBuilder.AChange().WithId(id).Build(),
            change => [NotificationWorkBuilder.ANotification().WithId($"{change.Id}:1:requester").Build()],
            Token);

        Assert.Contains($"o|{created.Id}:1:requester", (await RowsAsync(storage)).Select(row => row.Key));
        TableEntity? seq = (await storage.TicketsTable.GetEntityIfExistsAsync<TableEntity>("CHG", "seq", cancellationToken: Token)).Value;
        Assert.Equal(1002L, seq?.GetInt64("Next"));
    }
}
