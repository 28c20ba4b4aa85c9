using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Tests.Resilience;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Time.Testing;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Dialogs;

public sealed class TableDialogStoreTests
{
    private static readonly DialogKey Key = new(new ConversationAddress("discord", "1234/5678#general?x"), new UserIdentity("discord", "o'brien|😀"));
    private readonly AzuriteFixture _azurite;
    private readonly FakeTimeProvider _time = new(BuilderDefaults.Instant);

    public TableDialogStoreTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_New_ThenGetReturnsIt()
    {
        await using TestStorage storage = await StartAsync();
        DialogState state = Dialog("intake", "d1", TimeSpan.FromHours(1));

        SaveOutcome outcome = await storage.Dialogs.SaveAsync(state, expected: null, Token);
        StoredDialog? stored = await storage.Dialogs.GetAsync(Key, Token);

        Assert.Equal(SaveOutcome.Saved, outcome);
        Assert.NotNull(stored);
        Assert.Equal((state.Kind, state.DialogId, state.ExpiresAt, state.Key), (stored.State.Kind, stored.State.DialogId, stored.State.ExpiresAt, stored.State.Key));
        Assert.Equal(state.Values, stored.State.Values);
    }

    [Fact]
    public async Task GetAsync_None_ReturnsNull()
    {
        await using TestStorage storage = await StartAsync();

        Assert.Null(await storage.Dialogs.GetAsync(Key, Token));
    }

    [Fact]
    public async Task SaveAsync_NewWhileALiveOneExists_IsAConflictAndKeepsTheLiveOne()
    {
        await using TestStorage storage = await StartAsync();
        await storage.Dialogs.SaveAsync(Dialog("intake", "d1", TimeSpan.FromHours(1)), expected: null, Token);

        SaveOutcome outcome = await storage.Dialogs.SaveAsync(Dialog("intake", "d2", TimeSpan.FromHours(1)), expected: null, Token);

        Assert.Equal(SaveOutcome.Conflict, outcome);
        Assert.Equal("d1", (await storage.Dialogs.GetAsync(Key, Token))?.State.DialogId);
    }

    [Fact]
    public async Task GetAsync_Expired_ReturnsNull()
    {
        await using TestStorage storage = await StartAsync();
        await storage.Dialogs.SaveAsync(Dialog("intake", "d1", TimeSpan.FromMinutes(5)), expected: null, Token);

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Null(await storage.Dialogs.GetAsync(Key, Token));
    }

    [Fact]
    public async Task SaveAsync_NewOverAnExpiredOne_ReplacesIt()
    {
        await using TestStorage storage = await StartAsync();
        await storage.Dialogs.SaveAsync(Dialog("intake", "d1", TimeSpan.FromMinutes(5)), expected: null, Token);
        _time.Advance(TimeSpan.FromMinutes(6));

        SaveOutcome outcome = await storage.Dialogs.SaveAsync(Dialog("form", "d2", TimeSpan.FromMinutes(5)), expected: null, Token);

        Assert.Equal(SaveOutcome.Saved, outcome);
        StoredDialog? stored = await storage.Dialogs.GetAsync(Key, Token);
        Assert.Equal(("form", "d2"), (stored?.State.Kind, stored?.State.DialogId));
    }

    [Fact]
    public async Task SaveAsync_ExpectedVersion_MovesTheDialogOnAndStaleVersionConflicts()
    {
        await using TestStorage storage = await StartAsync();
        await storage.Dialogs.SaveAsync(Dialog("intake", "d1", TimeSpan.FromHours(1)), expected: null, Token);
        StoredDialog read = (await storage.Dialogs.GetAsync(Key, Token))!;

        SaveOutcome moved = await storage.Dialogs.SaveAsync(Dialog("intake", "d2", TimeSpan.FromHours(1)), read.Version, Token);
        SaveOutcome stale = await storage.Dialogs.SaveAsync(Dialog("intake", "d3", TimeSpan.FromHours(1)), read.Version, Token);

        Assert.Equal((SaveOutcome.Saved, SaveOutcome.Conflict), (moved, stale));
        Assert.Equal("d2", (await storage.Dialogs.GetAsync(Key, Token))?.State.DialogId);
    }

    [Fact]
    public async Task SaveAsync_TwoStartsAtOnce_ExactlyOneIsSaved()
    {
        await using TestStorage storage = await StartAsync();

        SaveOutcome[] outcomes = await Task.WhenAll(
            storage.Dialogs.SaveAsync(Dialog("intake", "d1", TimeSpan.FromHours(1)), expected: null, Token),
            storage.Dialogs.SaveAsync(Dialog("intake", "d2", TimeSpan.FromHours(1)), expected: null, Token));

        Assert.Single(outcomes, outcome => outcome == SaveOutcome.Saved);
    }

    [Fact]
    public async Task SaveAsync_NewRetriedAfterTheFirstAttemptLanded_IsSaved()
    {
        // The retry waits its backoff on the storage's clock, so this test runs on the real one.
        LostResponsePolicy lostResponse = new(message => message.Request.Method == Azure.Core.RequestMethod.Post);
        await using TestStorage storage = await TestStorage.StartAsync(
            _azurite, new TestStorageSettings { TimeProvider = TimeProvider.System, Policies = [lostResponse] });
        DialogState state = Dialog("intake", "d1", TimeSpan.Zero) with { ExpiresAt = TimeProvider.System.GetUtcNow().AddHours(1) };
        lostResponse.Arm();

        SaveOutcome outcome = await storage.Dialogs.SaveAsync(state, expected: null, Token);

        Assert.Equal((1, SaveOutcome.Saved), (lostResponse.Lost, outcome));
        Assert.Equal("d1", (await storage.Dialogs.GetAsync(Key, Token))?.State.DialogId);
    }

    [Fact]
    public async Task DeleteAsync_CurrentVersion_EndsItAndStaleVersionConflicts()
    {
        await using TestStorage storage = await StartAsync();
        await storage.Dialogs.SaveAsync(Dialog("intake", "d1", TimeSpan.FromHours(1)), expected: null, Token);
        StoredDialog first = (await storage.Dialogs.GetAsync(Key, Token))!;
        await storage.Dialogs.SaveAsync(Dialog("intake", "d2", TimeSpan.FromHours(1)), first.Version, Token);
        StoredDialog second = (await storage.Dialogs.GetAsync(Key, Token))!;

        SaveOutcome stale = await storage.Dialogs.DeleteAsync(Key, first.Version, Token);
        SaveOutcome current = await storage.Dialogs.DeleteAsync(Key, second.Version, Token);

        Assert.Equal((SaveOutcome.Conflict, SaveOutcome.Saved), (stale, current));
        Assert.Null(await storage.Dialogs.GetAsync(Key, Token));
    }

    [Fact]
    public async Task SaveAsync_VeryLongConversationId_IsStoredUnderABoundedKey()
    {
        await using TestStorage storage = await StartAsync();
        DialogKey longKey = Key with { Conversation = new ConversationAddress("teams", new string('/', 900) + "19:abc@thread.tacv2") };
        DialogState state = Dialog("intake", "d1", TimeSpan.FromHours(1)) with { Key = longKey };

        await storage.Dialogs.SaveAsync(state, expected: null, Token);

        Assert.Equal("d1", (await storage.Dialogs.GetAsync(longKey, Token))?.State.DialogId);
        Assert.Null(await storage.Dialogs.GetAsync(Key, Token));
    }

    private Task<TestStorage> StartAsync() => TestStorage.StartAsync(_azurite, new TestStorageSettings { TimeProvider = _time });

    private DialogState Dialog(string kind, string dialogId, TimeSpan lifetime) =>
        new(Key, kind, dialogId, new Dictionary<string, string>
        {
            ["title"] = "It's \"broken\" | 100% 😀",
            ["filter"] = "PartitionKey eq 'x' or true",
        }, _time.GetUtcNow() + lifetime);
}
