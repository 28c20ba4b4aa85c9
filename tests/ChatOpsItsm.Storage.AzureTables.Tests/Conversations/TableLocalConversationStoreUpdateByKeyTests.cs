using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

public sealed class TableLocalConversationStoreUpdateByKeyTests
{
    private const string Key = "vote-card:CHG-1001";
    private static readonly DateTimeOffset At = BuilderDefaults.Instant;
    private readonly AzuriteFixture _azurite;

    public TableLocalConversationStoreUpdateByKeyTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateByKeyAsync_CopiesInTwoConversations_UpdatesBothAndNothingElse()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await PostCardAsync(storage, "approvers|cab", "a1", Key);
        await PostCardAsync(storage, "dm:alice", "a2", Key);
        await PostCardAsync(storage, "dm:bob", "b1", "vote-card:CHG-1002");

        await storage.LocalChat.UpdateByKeyAsync(Key, LocalChatReplies.VoteCard("Approved"), At.AddMinutes(1), Token);

        foreach (string conversation in (string[])["approvers|cab", "dm:alice"])
        {
            LocalMessage copy = Assert.Single(await storage.LocalChat.ReadAsync(conversation, 10, Token));
            Assert.Equal(2, copy.Revision);
            LocalChatReplies.Equal(LocalChatReplies.VoteCard("Approved"), copy.Content);
        }

        LocalMessage other = Assert.Single(await storage.LocalChat.ReadAsync("dm:bob", 10, Token));
        Assert.Equal(1, other.Revision);
        LocalChatReplies.Equal(LocalChatReplies.VoteCard("Submitted"), other.Content);
    }

    [Fact]
    public async Task UpdateByKeyAsync_TwoUpdatersAtOnce_BothLand()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await PostCardAsync(storage, "approvers", "a1", Key);
        string cursor = (await storage.LocalChat.ReadChangesAsync("approvers", null, Token)).Cursor;

        await Task.WhenAll(
            storage.LocalChat.UpdateByKeyAsync(Key, Reply.Say("alice approved"), At, Token),
            storage.LocalChat.UpdateByKeyAsync(Key, Reply.Say("bob approved"), At, Token));

        LocalMessage card = Assert.Single(await storage.LocalChat.ReadAsync("approvers", 10, Token));
        Assert.Equal(3, card.Revision);
        Assert.Contains(card.Content.Text, (string[])["alice approved", "bob approved"]);
        Assert.Equal("3", (await storage.LocalChat.ReadChangesAsync("approvers", cursor, Token)).Cursor);
    }

    [Fact]
    public async Task PostAsync_ManyKeyedUpdatersAtOnce_EveryUpdateCountsOnce()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await PostCardAsync(storage, "approvers", "a1", Key);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(index => storage.LocalChat.PostAsync(
            "approvers", $"vote-{index}", "bot", "ITSM bot", Reply.Say($"vote {index}"), Key, At, Token)));

        Assert.Equal(9, Assert.Single(await storage.LocalChat.ReadAsync("approvers", 10, Token)).Revision);
    }

    [Fact]
    public async Task UpdateByKeyAsync_UnknownKey_ChangesNothing()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await PostCardAsync(storage, "approvers", "a1", Key);

        await storage.LocalChat.UpdateByKeyAsync("vote-card:CHG-9999", Reply.Say("x"), At, Token);

        Assert.Equal(1, Assert.Single(await storage.LocalChat.ReadAsync("approvers", 10, Token)).Revision);
    }

    [Fact]
    public async Task UpdateByKeyAsync_HostileKey_FindsItsOwnMessagesOnly()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        const string hostile = "card|x' or PartitionKey ne '/#?😀";
        await PostCardAsync(storage, "keyidx|card", "a1", hostile);
        await PostCardAsync(storage, "dm:carol", "c1", "card");

        await storage.LocalChat.UpdateByKeyAsync(hostile, Reply.Say("updated"), At, Token);

        Assert.Equal("updated", Assert.Single(await storage.LocalChat.ReadAsync("keyidx|card", 10, Token)).Content.Text);
        Assert.Equal(1, Assert.Single(await storage.LocalChat.ReadAsync("dm:carol", 10, Token)).Revision);
    }

    private static Task<LocalMessage> PostCardAsync(ConversationTestStorage storage, string conversationId, string messageId, string key) =>
        storage.LocalChat.PostAsync(conversationId, messageId, "bot", "ITSM bot", LocalChatReplies.VoteCard("Submitted"), key, At, Token);
}
