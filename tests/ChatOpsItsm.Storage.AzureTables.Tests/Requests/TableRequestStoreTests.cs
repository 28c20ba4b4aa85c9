using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Requests;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Keys;
using ChatOpsItsm.TestSupport.Azurite;
using static ChatOpsItsm.Storage.AzureTables.Tests.Requests.RequestStoreOperations;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Requests;

public sealed class TableRequestStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_TwoRequests_GetDistinctIdsAndRoundTripTheirFields()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        const string hostile = "x' or PartitionKey ne '' | ~ 😀 \\ / # ?";

        ServiceRequest first = await CreateAsync(storage, note: hostile);
        ServiceRequest second = await CreateAsync(storage);

        Assert.Equal(new TicketId(TicketType.Request, TicketId.FirstNumber), first.Id);
        Assert.Equal(first.Id.Number + 1, second.Id.Number);
        RequestWithHistory read = (await storage.Requests.GetWithHistoryAsync(first.Id, Token))!;
        SameSnapshot(first.ToSnapshot(), read.Request.ToSnapshot());
        Assert.Equal(hostile, read.Request.Fields[1].Value);
        Assert.Equal(2, read.History.Count);
    }

    [Fact]
    public async Task SaveAsync_Votes_RoundTripAndMoveTheListings()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        TicketId id = (await CreateAsync(storage)).Id;
        StoredRequest stored = (await storage.Requests.GetAsync(id, Token))!;
        stored.Request.Vote(Approver("gus"), VoteChoice.Approve, "ok", By("gus"));
        stored.Request.Vote(Approver("hal"), VoteChoice.Reject, "too expensive", By("hal"));

        Assert.Equal(SaveOutcome.Saved, await storage.Requests.SaveAsync(stored.Request, stored.Version, [], Token));

        ServiceRequest reread = (await storage.Requests.GetAsync(id, Token))!.Request;
        SameSnapshot(stored.Request.ToSnapshot(), reread.ToSnapshot());
        Assert.Equal(RequestState.Rejected, reread.State);
        Assert.Equal(2, reread.Voting!.Votes.Count);
        RequestPage open = await storage.Requests.ListAsync(new RequestQuery(RequestListKind.Open, 10), Token);
        Assert.Empty(open.Items);
        RequestPage all = await storage.Requests.ListAsync(new RequestQuery(RequestListKind.All, 10), Token);
        Assert.Equal(RequestState.Rejected, Assert.Single(all.Items).State);
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_IsAConflictAndWritesNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        TicketId id = (await CreateAsync(storage)).Id;
        StoredRequest first = (await storage.Requests.GetAsync(id, Token))!;
        StoredRequest second = (await storage.Requests.GetAsync(id, Token))!;
        first.Request.Vote(Approver("gus"), VoteChoice.Approve, null, By("gus"));
        second.Request.Vote(Approver("hal"), VoteChoice.Approve, null, By("hal"));

        Assert.Equal(SaveOutcome.Saved, await storage.Requests.SaveAsync(first.Request, first.Version, [], Token));
        Assert.Equal(SaveOutcome.Conflict, await storage.Requests.SaveAsync(second.Request, second.Version, [], Token));

        ServiceRequest reread = (await storage.Requests.GetAsync(id, Token))!.Request;
        Assert.Single(reread.Voting!.Votes);
        Assert.Equal(RequestState.AwaitingApproval, reread.State);
    }

    [Fact]
    public async Task ListAsync_RequestedBy_ShowsOnlyThatPersonsRequestsNewestFirst()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        ServiceRequest a1 = await CreateAsync(storage, "alice");
        await CreateAsync(storage, "al");
        ServiceRequest a2 = await CreateAsync(storage, "alice");

        RequestPage mine = await storage.Requests.ListAsync(
            new RequestQuery(RequestListKind.RequestedBy, 10) { Person = By("alice").Actor }, Token);

        Assert.Equal([a2.Id, a1.Id], mine.Items.Select(i => i.Id));
        Assert.Equal("New laptop", mine.Items[0].ItemLabel);
    }

    [Fact]
    public void OutboxPartitions_IncludeRequests_SoTheSweeperRequeuesTheirWork()
    {
        Assert.Contains("REQ", OutboxKeys.Partitions);
    }
}
