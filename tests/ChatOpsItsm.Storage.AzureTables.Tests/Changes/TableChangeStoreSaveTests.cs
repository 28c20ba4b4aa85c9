using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Tests.Incidents;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Storage.AzureTables.Tests.Changes.ChangeStoreOperations;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Changes;

public sealed class TableChangeStoreSaveTests
{
    private const string Start = "0639032040000000000";
    private readonly AzuriteFixture _azurite;

    public TableChangeStoreSaveTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ActionContext Agent => ActionContextBuilder.AnActionContext().Build();

    [Fact]
    public async Task SaveAsync_CurrentVersion_StoresTheChangeAndItsEvents()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage)).Id;
        StoredChange stored = (await storage.Changes.GetAsync(id, Token))!;
        stored.Change.Submit(ApprovalPolicies.Default, [], 3, Agent);
        stored.Change.Vote(Approvers.Carol, VoteChoice.Approve, "Fine by me.", Agent);
        AuditEvent[] pending = [.. stored.Change.PendingEvents];

        SaveOutcome outcome = await storage.Changes.SaveAsync(stored.Change, stored.Version, [], Token);

        Assert.Equal(SaveOutcome.Saved, outcome);
        Assert.Empty(stored.Change.PendingEvents);
        ChangeWithHistory reread = (await storage.Changes.GetWithHistoryAsync(id, Token))!;
        ChangeAssert.SameSnapshot(stored.Change.ToSnapshot(), reread.Change.ToSnapshot());
        IncidentAssert.SameEvents(pending, [.. reread.History.Skip(1)]);
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_IsAConflictAndWritesNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage, builder => builder.InState(ChangeState.Authorize))).Id;
        StoredChange first = (await storage.Changes.GetAsync(id, Token))!;
        StoredChange stale = (await storage.Changes.GetAsync(id, Token))!;
        first.Change.Vote(Approvers.Carol, VoteChoice.Approve, null, Agent);
        Assert.Equal(SaveOutcome.Saved, await storage.Changes.SaveAsync(first.Change, first.Version, [], Token));
        List<(string Key, string? State, string ETag)> rowsBefore = await RowsAsync(storage);
        stale.Change.Cancel("Not needed.", Agent);

        SaveOutcome outcome = await storage.Changes.SaveAsync(
            stale.Change, stale.Version, [NotificationWorkBuilder.ANotification().WithId("CHG-1001:9:requester").Build()], Token);

        Assert.Equal(SaveOutcome.Conflict, outcome);
        Assert.NotEmpty(stale.Change.PendingEvents);
        Assert.Equal(rowsBefore, await RowsAsync(storage));
        ChangeWithHistory reread = (await storage.Changes.GetWithHistoryAsync(id, Token))!;
        Assert.Equal(ChangeState.Authorize, reread.Change.State);
        Assert.Single(reread.Change.Voting!.Votes);
    }

    [Fact]
    public async Task SaveAsync_FiveApproversAtOnceThroughTwoInstances_OneDecisionAndEveryVoteCounted()
    {
        const int members = 5;
        ApprovalPolicies everyoneMustApprove = ApprovalPolicies.Default.With(new Dictionary<ChangeType, ApprovalPolicy>
        {
            [ChangeType.Normal] = new(ApproverGroup.Cab, members, vetoOnReject: true, TimeSpan.FromHours(48), DeadlineAction.Reject),
        });
        await using TestStorage first = await TestStorage.StartAsync(_azurite);
        await using TestStorage second = await TestStorage.StartAsync(_azurite, new TestStorageSettings { TablePrefix = first.TablePrefix });
        TicketId id = (await CreateAsync(
            first, builder => builder.WithPolicies(everyoneMustApprove).WithEligibleApprovers(members).InState(ChangeState.Authorize))).Id;
        IReadOnlyList<Person> cab = Approvers.CabMembers(members);
        TaskCompletionSource go = new(TaskCreationOptions.RunContinuationsAsynchronously);
        DateTimeOffset sameInstant = BuilderDefaults.Instant + TimeSpan.FromMinutes(5);

        Task<int>[] voters = [.. cab.Select((member, i) => VoteUntilSavedAsync(i % 2 == 0 ? first : second, id, member, sameInstant, go.Task))];
        go.SetResult();
        await Task.WhenAll(voters);

        ChangeWithHistory result = (await first.Changes.GetWithHistoryAsync(id, Token))!;
        Assert.Equal(ChangeState.Scheduled, result.Change.State);
        Assert.Equal((ChangeDecision.Approved, sameInstant), (result.Change.Voting!.Decision!.Value, result.Change.Voting.DecidedAt!.Value));
        Assert.Equal((members, 0, 0), (result.Change.Tally!.Approvals, result.Change.Tally.Rejections, result.Change.Tally.Abstentions));
        Assert.Equal(
            cab.Select(member => member.PrimaryIdentity.ToString()).Order(StringComparer.Ordinal),
            result.Change.Voting.Votes.Select(vote => vote.Approver.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(members, result.History.Count(e => e.Action == AuditActions.Voted));
        Assert.Single(result.History, e => e.Action == AuditActions.Approved);
        Assert.Equal(result.History.Select(e => e.Sequence), Enumerable.Range(1, result.History.Count));
    }

    [Fact]
    public async Task GetWithHistoryAsync_AfterVotes_ReturnsEveryVoteInOrder()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage, builder => builder.WithEligibleApprovers(3).InState(ChangeState.Authorize))).Id;

        await ChangeAsync(storage, id, change => change.Vote(Approvers.Erin, VoteChoice.Abstain, "Not my area.", Agent));
        await ChangeAsync(storage, id, change => change.Vote(Approvers.Carol, VoteChoice.Approve, null, Agent));
        await ChangeAsync(storage, id, change => change.Vote(Approvers.Dave, VoteChoice.Approve, "Ship it.", Agent));

        ChangeWithHistory result = (await storage.Changes.GetWithHistoryAsync(id, Token))!;
        Assert.Equal(
            [AuditActions.Drafted, AuditActions.Submitted, AuditActions.Voted, AuditActions.Voted, AuditActions.Voted, AuditActions.Approved],
            result.History.Select(e => e.Action));
        Assert.Equal(
            ["local:erin", "local:carol", "discord:80351110224678912"],
            result.History.Where(e => e.Action == AuditActions.Voted).Select(e => e.Changes.Single(c => c.Field == "approver").NewValue));
        Assert.Equal(["Not my area.", null, "Ship it."], result.History.Where(e => e.Action == AuditActions.Voted).Select(e => e.Text));
    }

    [Fact]
    public async Task SaveAsync_StateChanges_MoveTheIndexRows()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage)).Id;
        Assert.Equal(Rows("Draft", open: true), await IndexKeysAsync(storage));

        await ChangeAsync(storage, id, change => change.Submit(ApprovalPolicies.Default, [], null, Agent));
        Assert.Equal(Rows("Authorize", open: true), await IndexKeysAsync(storage));

        await ChangeAsync(storage, id, change => change.Vote(Approvers.Carol, VoteChoice.Reject, "Not now.", Agent));
        Assert.Equal(Rows("Rejected", open: false), await IndexKeysAsync(storage));
    }

    [Fact]
    public async Task SaveAsync_RevisedServiceAndWindow_MoveTheIndexRows()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        TicketId id = (await CreateAsync(storage)).Id;
        DateTimeOffset later = ChangeDraftDefaults.PlannedStart + TimeSpan.FromDays(1);
        string laterStart = later.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

        await ChangeAsync(storage, id, change => change.Revise(
            ChangeDraftBuilder.AChangeDraft().WithService("Web|Shop").PlannedFor(later, later + TimeSpan.FromHours(1)).Build(), Agent));

        Assert.Equal(
            [
                "ix|all|9999998998",
                $"ix|open|{laterStart}|0000001001",
                "ix|req|local:alice|9999998998",
                $"ix|state|Draft|{laterStart}|0000001001",
                $"ix|svc|WEB~007CSHOP|{laterStart}|0000001001",
            ],
            await IndexKeysAsync(storage));
        ChangeSummary summary = Assert.Single((await storage.Changes.ListAsync(new ChangeQuery(ChangeListKind.All, 10), Token)).Items);
        Assert.Equal(("Web|Shop", later), (summary.Service, summary.PlannedWindow.Start));
    }

    [Fact]
    public async Task SaveAsync_VersionNamingAnotherRow_IsRefused()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        Change first = await CreateAsync(storage);
        Change second = await CreateAsync(storage);
        StoredChange stored = (await storage.Changes.GetAsync(second.Id, Token))!;
        RecordVersion forged = new(stored.Version.Token + "\nt|" + first.Id.Number.ToString("D10", CultureInfo.InvariantCulture));
        stored.Change.Cancel(null, Agent);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.Changes.SaveAsync(stored.Change, forged, [], Token));

        Assert.NotNull(await storage.Changes.GetAsync(first.Id, Token));
    }

    /// <summary>
    /// What the engine does: read, vote, save on the version read; on a conflict read again and vote again.
    /// Returns the attempts it took.
    /// </summary>
    private static async Task<int> VoteUntilSavedAsync(TestStorage storage, TicketId id, Person member, DateTimeOffset at, Task go)
    {
        await go;
        ActionContext context = new(member.PrimaryIdentity, member.DisplayName, "local:cab", at);
        for (int attempt = 1; attempt <= 20; attempt++)
        {
            StoredChange stored = (await storage.Changes.GetAsync(id, Token))!;
            Assert.True(stored.Change.Vote(member, VoteChoice.Approve, null, context).Succeeded);
            if (await storage.Changes.SaveAsync(stored.Change, stored.Version, [], Token) == SaveOutcome.Saved)
            {
                return attempt;
            }
        }

        throw new InvalidOperationException($"{member.DisplayName}'s vote was never saved.");
    }

    /// <summary>The index rows of CHG-1001 planned at the default start, in key order.</summary>
    private static List<string> Rows(string state, bool open)
    {
        List<string> rows =
        [
            "ix|all|9999998998",
            .. open ? new[] { $"ix|open|{Start}|0000001001" } : [],
            "ix|req|local:alice|9999998998",
            $"ix|state|{state}|{Start}|0000001001",
            .. open ? new[] { $"ix|svc|MAIL|{Start}|0000001001" } : [],
        ];
        return rows;
    }
}
