using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

public sealed class TableLocalConversationStoreChangesTests
{
    private const string Conversation = "general";
    private static readonly DateTimeOffset At = BuilderDefaults.Instant;
    private readonly AzuriteFixture _azurite;

    public TableLocalConversationStoreChangesTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadChangesAsync_NoCursor_ReturnsTheEndOfTheFeedAndNoMessages()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await PostAsync(storage, "m1", "one");
        await PostAsync(storage, "m2", "two");

        LocalChanges changes = await storage.LocalChat.ReadChangesAsync(Conversation, null, Token);

        Assert.Empty(changes.Messages);
        Assert.Empty((await storage.LocalChat.ReadChangesAsync(Conversation, changes.Cursor, Token)).Messages);
    }

    [Fact]
    public async Task ReadChangesAsync_EmptyConversation_CursorCatchesTheFirstPost()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        string cursor = (await storage.LocalChat.ReadChangesAsync(Conversation, null, Token)).Cursor;

        await PostAsync(storage, "m1", "one");

        Assert.Equal(["m1"], (await storage.LocalChat.ReadChangesAsync(Conversation, cursor, Token)).Messages.Select(message => message.MessageId));
    }

    [Fact]
    public async Task ReadChangesAsync_FromACursor_ReturnsOnlyNewerChangesOncePerMessageAtTheirNewestRevision()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await PostAsync(storage, "m1", "one");
        await storage.LocalChat.PostAsync(Conversation, "card-1", "bot", "ITSM bot", Reply.Say("Submitted"), "vote-card:CHG-1001", At, Token);
        string cursor = (await storage.LocalChat.ReadChangesAsync(Conversation, null, Token)).Cursor;
        await PostAsync(storage, "m2", "two");
        await storage.LocalChat.UpdateByKeyAsync("vote-card:CHG-1001", Reply.Say("1 of 2 approved"), At, Token);
        await storage.LocalChat.UpdateByKeyAsync("vote-card:CHG-1001", Reply.Say("Approved"), At, Token);

        LocalChanges changes = await storage.LocalChat.ReadChangesAsync(Conversation, cursor, Token);

        Assert.Equal(
            [("card-1", 3L, "Approved"), ("m2", 1L, "two")],
            changes.Messages.Select(message => (message.MessageId, message.Revision, message.Content.Text)));
        Assert.Empty((await storage.LocalChat.ReadChangesAsync(Conversation, changes.Cursor, Token)).Messages);
    }

    [Fact]
    public async Task ReadChangesAsync_KeyedPostUpdate_AppearsInTheFeed()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await storage.LocalChat.PostAsync(Conversation, "d1", "bot", "ITSM bot", LocalChatReplies.VoteCard("Submitted"), "vote-card:CHG-1001", At, Token);
        string cursor = (await storage.LocalChat.ReadChangesAsync(Conversation, null, Token)).Cursor;

        await storage.LocalChat.PostAsync(Conversation, "d2", "bot", "ITSM bot", LocalChatReplies.VoteCard("Approved"), "vote-card:CHG-1001", At, Token);

        LocalMessage change = Assert.Single((await storage.LocalChat.ReadChangesAsync(Conversation, cursor, Token)).Messages);
        Assert.Equal(("d1", 2L), (change.MessageId, change.Revision));
        LocalChatReplies.Equal(LocalChatReplies.VoteCard("Approved"), change.Content);
    }

    [Theory]
    [InlineData("57")]
    [InlineData("not-a-cursor")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    public async Task ReadChangesAsync_CursorThisFeedNeverHandedOut_ReturnsEverythingFromTheStart(string cursor)
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await PostAsync(storage, "m1", "one");
        await PostAsync(storage, "m2", "two");

        LocalChanges changes = await storage.LocalChat.ReadChangesAsync(Conversation, cursor, Token);

        Assert.Equal(["m1", "m2"], changes.Messages.Select(message => message.MessageId));
        Assert.Equal("2", changes.Cursor);
    }

    [Fact]
    public async Task ReadChangesAsync_OtherConversation_SeesNoneOfThese()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await PostAsync(storage, "m1", "one");

        LocalChanges changes = await storage.LocalChat.ReadChangesAsync("general2", "0", Token);

        Assert.Equal((0, "0"), (changes.Messages.Count, changes.Cursor));
    }

    private static Task<LocalMessage> PostAsync(ConversationTestStorage storage, string messageId, string text) =>
        storage.LocalChat.PostAsync(Conversation, messageId, "local:alice", "Alice", Reply.Say(text), null, At, Token);
}
