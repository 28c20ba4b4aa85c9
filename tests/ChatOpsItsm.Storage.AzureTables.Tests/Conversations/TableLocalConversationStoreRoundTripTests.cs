using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

/// <summary>SPEC §6: a small, fixed number of round trips per operation, whatever the history. These pin the numbers.</summary>
public sealed class TableLocalConversationStoreRoundTripTests
{
    private static readonly DateTimeOffset At = BuilderDefaults.Instant;
    private readonly AzuriteFixture _azurite;

    public TableLocalConversationStoreRoundTripTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RoundTrips_EachOperation_SmallAndFixed()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        for (int index = 0; index < 30; index++)
        {
            await storage.LocalChat.PostAsync("general", $"history-{index}", "bot", "ITSM bot", Reply.Say("x"), null, At, Token);
        }

        await storage.LocalChat.PostAsync("dm:alice", "card-dm", "bot", "ITSM bot", Reply.Say("v1"), "vote-card:CHG-1001", At, Token);
        using RoundTripCounter counter = new(storage.Metrics);

        await storage.LocalChat.PostAsync("general", "m1", "bot", "ITSM bot", Reply.Say("hello"), null, At, Token);
        long post = counter.Take();
        await storage.LocalChat.PostAsync("general", "m1", "bot", "ITSM bot", Reply.Say("hello"), null, At, Token);
        long repost = counter.Take();
        await storage.LocalChat.PostAsync("general", "card-1", "bot", "ITSM bot", Reply.Say("v1"), "vote-card:CHG-1001", At, Token);
        long keyedNew = counter.Take();
        await storage.LocalChat.PostAsync("general", "card-2", "bot", "ITSM bot", Reply.Say("v2"), "vote-card:CHG-1001", At, Token);
        long keyedUpdate = counter.Take();
        await storage.LocalChat.UpdateByKeyAsync("vote-card:CHG-1001", Reply.Say("v3"), At, Token);
        long updateTwoCopies = counter.Take();
        await storage.LocalChat.ReadAsync("general", 100, Token);
        long read = counter.Take();
        string cursor = (await storage.LocalChat.ReadChangesAsync("general", null, Token)).Cursor;
        long changesFromNow = counter.Take();
        await storage.LocalChat.ReadChangesAsync("general", "5", Token);
        long changesFromCursor = counter.Take();

        Assert.Equal(
            "post 2, repost 4, keyed new 4, keyed update 4, update 2 copies 7, read 1, changes from now 1, changes from cursor 1",
            $"post {post}, repost {repost}, keyed new {keyedNew}, keyed update {keyedUpdate}, update 2 copies {updateTwoCopies}, "
            + $"read {read}, changes from now {changesFromNow}, changes from cursor {changesFromCursor}");
        Assert.Equal("34", cursor);
    }
}
