using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

public sealed class TableNotificationPreferencesTests
{
    private static readonly UserIdentity Alice = new("local", "alice|o'brien/😀");
    private readonly AzuriteFixture _azurite;

    public TableNotificationPreferencesTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WantsNonEssentialAsync_NeverSet_IsTrue()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);

        Assert.True(await storage.Preferences.WantsNonEssentialAsync(Alice, Token));
    }

    [Fact]
    public async Task SetWantsNonEssentialAsync_Off_IsOffForThatPersonOnly()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);

        await storage.Preferences.SetWantsNonEssentialAsync(Alice, false, Token);

        Assert.False(await storage.Preferences.WantsNonEssentialAsync(Alice, Token));
        Assert.True(await storage.Preferences.WantsNonEssentialAsync(new UserIdentity("local", "alice"), Token));
    }

    [Fact]
    public async Task SetWantsNonEssentialAsync_OffThenOn_IsOn()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await storage.Preferences.SetWantsNonEssentialAsync(Alice, false, Token);

        await storage.Preferences.SetWantsNonEssentialAsync(Alice, true, Token);

        Assert.True(await storage.Preferences.WantsNonEssentialAsync(Alice, Token));
    }

    [Fact]
    public async Task RoundTrips_GetAndSet_OneRequestEach()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        using RoundTripCounter counter = new(storage.Metrics);

        await storage.Preferences.SetWantsNonEssentialAsync(Alice, false, Token);
        long set = counter.Take();
        await storage.Preferences.WantsNonEssentialAsync(Alice, Token);
        long get = counter.Take();

        Assert.Equal((1, 1), (set, get));
    }
}
