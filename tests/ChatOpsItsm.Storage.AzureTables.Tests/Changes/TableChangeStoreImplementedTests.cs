using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;
using static ChatOpsItsm.Storage.AzureTables.Tests.Changes.ChangeStoreOperations;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Changes;

/// <summary>The <c>ix|impl|</c> index (changes by service and implementation start, kept after they finish) and linked incidents.</summary>
public sealed class TableChangeStoreImplementedTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Base = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateTimeOffset Hour(int hours) => Base.AddHours(hours);

    [Fact]
    public async Task ListAsync_ImplementedOnService_NewestStartFirstSinceTheInstantWhateverTheStateNow()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        await CreateAsync(storage, b => b.WithService("Mail").PlannedFor(Hour(1), Hour(2)).InState(ChangeState.Implementing)); // 1001: too early
        await CreateAsync(storage, b => b.WithService("Mail").PlannedFor(Hour(10), Hour(11)).InState(ChangeState.Closed));      // 1002: finished
        await CreateAsync(storage, b => b.WithService("mail").PlannedFor(Hour(12), Hour(13)).InState(ChangeState.Implementing)); // 1003
        await CreateAsync(storage, b => b.WithService("Web").PlannedFor(Hour(12), Hour(13)).InState(ChangeState.Implementing));  // 1004: other service
        await CreateAsync(storage, b => b.WithService("Mail").PlannedFor(Hour(14), Hour(15)).InState(ChangeState.Scheduled));    // 1005: not started
        await CreateAsync(storage, b => b.WithService("Mail|x").PlannedFor(Hour(12), Hour(13)).InState(ChangeState.Review));     // 1006: other service

        ChangePage page = await storage.Changes.ListAsync(
            new ChangeQuery(ChangeListKind.ImplementedOnService, 10) { Service = " MAIL ", Since = Hour(10) }, Token);

        Assert.Equal([1003L, 1002], page.Items.Select(c => c.Id.Number));
        Assert.Equal([Hour(12), Hour(10)], page.Items.Select(c => c.StartedAt));
        Assert.Equal(ChangeState.Closed, page.Items[1].State);
    }

    [Fact]
    public async Task StartAsync_WritesTheImplementedRowInTheSameSave()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        Change change = await CreateAsync(storage, b => b.WithService("Mail").PlannedFor(Hour(1), Hour(2)).InState(ChangeState.Scheduled));
        Assert.DoesNotContain(await IndexKeysAsync(storage), key => key.StartsWith("ix|impl|", StringComparison.Ordinal));

        await ChangeAsync(storage, change.Id, c => c.Start(ActionContextBuilder.AnActionContext().At(Hour(3)).Build()));

        string row = Assert.Single(await IndexKeysAsync(storage), key => key.StartsWith("ix|impl|", StringComparison.Ordinal));
        Assert.Equal($"ix|impl|MAIL|{DateTimeOffset.MaxValue.UtcTicks - Hour(3).UtcTicks:D19}|0000001001", row);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task ListAsync_ImplementedOnServiceWithoutServiceOrSince_Throws(bool service, bool since)
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        ChangeQuery query = new(ChangeListKind.ImplementedOnService, 10) { Service = service ? "Mail" : null, Since = since ? Base : null };

        await Assert.ThrowsAsync<ArgumentException>(() => storage.Changes.ListAsync(query, Token));
    }

    [Fact]
    public async Task SaveAsync_LinkedIncidents_RoundTripInOrder()
    {
        await using TestStorage storage = await TestStorage.StartAsync(azurite);
        Change change = await CreateAsync(storage, b => b.InState(ChangeState.Implementing));
        TicketId first = new(TicketType.Incident, 1002);
        TicketId second = new(TicketType.Incident, 1001);

        await ChangeAsync(storage, change.Id, c => c.LinkIncident(first, ActionContextBuilder.AnActionContext().Build()));
        await ChangeAsync(storage, change.Id, c => c.LinkIncident(second, ActionContextBuilder.AnActionContext().Build()));

        ChangeWithHistory stored = (await storage.Changes.GetWithHistoryAsync(change.Id, Token))!;
        Assert.Equal([first, second], stored.Change.LinkedIncidents);
        Assert.Equal(2, stored.History.Count(e => e.Action == "linked"));
    }
}
