using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.People;

/// <summary>Links and one-time codes on Azurite: round trips, hostile identities, single use under a race.</summary>
public sealed class TableIdentityLinksTests
{
    private static readonly UserIdentity Teams = new("teams", "29:o'brien|x");
    private static readonly UserIdentity Discord = new("discord", "80351110224678912");
    private static readonly UserIdentity Hostile = new("local", "ali'ce|😀~0027");
    private static readonly DateTimeOffset Expiry = BuilderDefaults.Instant.AddMinutes(10);
    private readonly AzuriteFixture _azurite;

    public TableIdentityLinksTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_NeverLinked_IsNull()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);

        Assert.Null(await storage.Links.FindAsync(Teams, Token));
    }

    [Fact]
    public async Task FindAsync_LinkedIdentity_IsOnePointRead()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.Links.RedeemAsync(await IssueAsync(storage, Teams), Discord, Token);
        using RoundTripCounter counter = new(storage.Metrics);

        await storage.Links.FindAsync(Discord, Token);

        Assert.Equal(1, counter.Take());
    }

    [Fact]
    public async Task IssueAndFindCode_RoundTrips()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        LinkCode code = LinkCode.New();

        Assert.True(await storage.Links.IssueCodeAsync(code, Hostile, Expiry, Token));
        PendingLink? pending = await storage.Links.FindCodeAsync(code, Token);

        Assert.NotNull(pending);
        Assert.Equal((code, Hostile, Expiry), (pending.Code, pending.Requester, pending.ExpiresAt));
        Assert.Equal(TimeSpan.Zero, pending.ExpiresAt.Offset);
    }

    [Fact]
    public async Task IssueCodeAsync_CodeTaken_IsFalseAndKeepsTheFirst()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        LinkCode code = LinkCode.New();
        await storage.Links.IssueCodeAsync(code, Teams, Expiry, Token);

        Assert.False(await storage.Links.IssueCodeAsync(code, Discord, Expiry, Token));
        Assert.Equal(Teams, (await storage.Links.FindCodeAsync(code, Token))?.Requester);
    }

    [Fact]
    public async Task RedeemAsync_Code_LinksBothWaysAndUsesTheCodeUp()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        PendingLink pending = await IssueAsync(storage, Hostile);

        LinkOutcome outcome = await storage.Links.RedeemAsync(pending, Discord, Token);

        Assert.Equal(LinkOutcome.Linked, outcome);
        Assert.Null(await storage.Links.FindCodeAsync(pending.Code, Token));
        foreach (UserIdentity identity in new[] { Hostile, Discord })
        {
            LinkedIdentities? person = await storage.Links.FindAsync(identity, Token);
            Assert.NotNull(person);
            Assert.Equal(Hostile, person.Primary);
            Assert.Equal([Hostile, Discord], person.Identities);
        }
    }

    [Fact]
    public async Task RedeemAsync_ThirdIdentity_JoinsTheSamePersonAndEveryRowKnowsIt()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.Links.RedeemAsync(await IssueAsync(storage, Teams), Discord, Token);

        LinkOutcome outcome = await storage.Links.RedeemAsync(await IssueAsync(storage, Discord), Hostile, Token);

        Assert.Equal(LinkOutcome.Linked, outcome);
        foreach (UserIdentity identity in new[] { Teams, Discord, Hostile })
        {
            Assert.Equal([Teams, Discord, Hostile], (await storage.Links.FindAsync(identity, Token))?.Identities);
        }
    }

    [Fact]
    public async Task RedeemAsync_TwoStoresRacingForOneCode_ExactlyOneWins()
    {
        await using TestStorage first = await TestStorage.StartAsync(_azurite);
        await using TestStorage second = await TestStorage.StartAsync(_azurite, new TestStorageSettings { TablePrefix = first.TablePrefix });
        PendingLink pending = await IssueAsync(first, Teams);
        UserIdentity other = new("discord", "999");

        LinkOutcome[] outcomes = await Task.WhenAll(
            first.Links.RedeemAsync(pending, Discord, Token),
            second.Links.RedeemAsync(pending, other, Token));

        Assert.Single(outcomes, LinkOutcome.Linked);
        Assert.Single(outcomes, LinkOutcome.CodeUsed);
        UserIdentity winner = outcomes[0] == LinkOutcome.Linked ? Discord : other;
        UserIdentity loser = winner == Discord ? other : Discord;
        Assert.Equal([Teams, winner], (await first.Links.FindAsync(Teams, Token))?.Identities);
        Assert.Null(await first.Links.FindAsync(loser, Token));
    }

    [Fact]
    public async Task RedeemAsync_CodeUsedAlready_IsCodeUsed()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        PendingLink pending = await IssueAsync(storage, Teams);
        await storage.Links.RedeemAsync(pending, Discord, Token);

        Assert.Equal(LinkOutcome.CodeUsed, await storage.Links.RedeemAsync(pending, new UserIdentity("discord", "999"), Token));
    }

    [Fact]
    public async Task RedeemAsync_IdentityLinkedToSomeoneElse_IsAlreadyLinkedAndKeepsTheCode()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.Links.RedeemAsync(await IssueAsync(storage, Teams), Discord, Token);
        PendingLink other = await IssueAsync(storage, Hostile);

        Assert.Equal(LinkOutcome.AlreadyLinked, await storage.Links.RedeemAsync(other, Discord, Token));
        Assert.NotNull(await storage.Links.FindCodeAsync(other.Code, Token));
        Assert.Equal(Teams, (await storage.Links.FindAsync(Discord, Token))?.Primary);
    }

    [Fact]
    public async Task UnlinkAsync_Secondary_LeavesBothPeopleOnTheirOwn()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.Links.RedeemAsync(await IssueAsync(storage, Teams), Hostile, Token);

        Assert.Equal(UnlinkOutcome.Unlinked, await storage.Links.UnlinkAsync(Hostile, Token));

        Assert.Null(await storage.Links.FindAsync(Hostile, Token));
        Assert.Null(await storage.Links.FindAsync(Teams, Token));
    }

    [Fact]
    public async Task UnlinkAsync_OneOfThree_KeepsTheOthersLinked()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.Links.RedeemAsync(await IssueAsync(storage, Teams), Discord, Token);
        await storage.Links.RedeemAsync(await IssueAsync(storage, Teams), Hostile, Token);

        await storage.Links.UnlinkAsync(Discord, Token);

        Assert.Equal([Teams, Hostile], (await storage.Links.FindAsync(Hostile, Token))?.Identities);
        Assert.Equal([Teams, Hostile], (await storage.Links.FindAsync(Teams, Token))?.Identities);
        Assert.Null(await storage.Links.FindAsync(Discord, Token));
    }

    [Fact]
    public async Task UnlinkAsync_PrimaryOrUnknown_ChangesNothing()
    {
        await using TestStorage storage = await TestStorage.StartAsync(_azurite);
        await storage.Links.RedeemAsync(await IssueAsync(storage, Teams), Discord, Token);

        Assert.Equal(UnlinkOutcome.IsPrimary, await storage.Links.UnlinkAsync(Teams, Token));
        Assert.Equal(UnlinkOutcome.NotLinked, await storage.Links.UnlinkAsync(Hostile, Token));
        Assert.Equal(Teams, (await storage.Links.FindAsync(Discord, Token))?.Primary);
    }

    private static async Task<PendingLink> IssueAsync(TestStorage storage, UserIdentity requester)
    {
        LinkCode code = LinkCode.New();
        Assert.True(await storage.Links.IssueCodeAsync(code, requester, Expiry, Token));
        return await storage.Links.FindCodeAsync(code, Token) ?? throw new InvalidOperationException("The code just issued is missing.");
    }
}
