using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Storage.AzureTables.Tests.Resilience;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

public sealed class TableLocalConversationStorePostTests
{
    private const string Conversation = "general";
    private static readonly DateTimeOffset At = BuilderDefaults.Instant;
    private readonly AzuriteFixture _azurite;

    public TableLocalConversationStorePostTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    public static TheoryData<string> HostileConversationIds => new()
    {
        "a|b",
        "a/b#c?d\\e",
        "x' or PartitionKey ne '",
        "😀 ~007C \u0001",
        "keyidx|vote-card:CHG-1001",
        "head",
        new string('/', 900) + "thread",
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostAsync_New_IsReadBackExactly()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        Reply card = LocalChatReplies.VoteCard("Submitted");

        LocalMessage posted = await storage.LocalChat.PostAsync(Conversation, "m1", "bot", "ITSM bot", card, null, At, Token);

        LocalMessage read = Assert.Single(await storage.LocalChat.ReadAsync(Conversation, 10, Token));
        Assert.Equal((Conversation, "m1", "bot", "ITSM bot", At, 1L, (string?)null), (read.ConversationId, read.MessageId, read.Author, read.AuthorName, read.At, read.Revision, read.MessageKey));
        LocalChatReplies.Equal(card, read.Content);
        LocalChatReplies.Equal(card, posted.Content);
        Assert.Equal(1, posted.Revision);
    }

    [Fact]
    public async Task PostAsync_SameMessageIdTwice_StoresOneMessageAndReturnsTheFirst()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await storage.LocalChat.PostAsync(Conversation, "in:evt-1", "local:alice", "Alice", Reply.Say("first"), null, At, Token);

        LocalMessage again = await storage.LocalChat.PostAsync(
            Conversation, "in:evt-1", "local:alice", "Alice", Reply.Say("second"), null, At.AddSeconds(5), Token);

        Assert.Equal(("first", At), (again.Content.Text, again.At));
        Assert.Equal("first", Assert.Single(await storage.LocalChat.ReadAsync(Conversation, 10, Token)).Content.Text);
        Assert.Single((await storage.LocalChat.ReadChangesAsync(Conversation, "0", Token)).Messages);
    }

    [Fact]
    public async Task PostAsync_KnownMessageKey_UpdatesThatMessageInPlace()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await storage.LocalChat.PostAsync(Conversation, "before", "local:alice", "Alice", Reply.Say("hello"), null, At, Token);
        await storage.LocalChat.PostAsync(Conversation, "d1", "bot", "ITSM bot", LocalChatReplies.VoteCard("Submitted"), "vote-card:CHG-1001", At.AddSeconds(1), Token);
        await storage.LocalChat.PostAsync(Conversation, "after", "local:alice", "Alice", Reply.Say("voted"), null, At.AddSeconds(2), Token);

        LocalMessage updated = await storage.LocalChat.PostAsync(
            Conversation, "d2", "bot", "ITSM bot", LocalChatReplies.VoteCard("Approved"), "vote-card:CHG-1001", At.AddSeconds(3), Token);

        Assert.Equal(("d1", 2L, At.AddSeconds(1)), (updated.MessageId, updated.Revision, updated.At));
        IReadOnlyList<LocalMessage> history = await storage.LocalChat.ReadAsync(Conversation, 10, Token);
        Assert.Equal(["before", "d1", "after"], history.Select(message => message.MessageId));
        Assert.Equal(2, history[1].Revision);
        LocalChatReplies.Equal(LocalChatReplies.VoteCard("Approved"), history[1].Content);
    }

    [Fact]
    public async Task PostAsync_KeyedPostRepeatedWithItsMessageId_DoesNotUpdateAgain()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await storage.LocalChat.PostAsync(Conversation, "d1", "bot", "ITSM bot", Reply.Say("v1"), "key", At, Token);
        await storage.LocalChat.PostAsync(Conversation, "d2", "bot", "ITSM bot", Reply.Say("v2"), "key", At, Token);

        LocalMessage repeated = await storage.LocalChat.PostAsync(Conversation, "d2", "bot", "ITSM bot", Reply.Say("v2"), "key", At, Token);

        Assert.Equal(("d1", 2L), (repeated.MessageId, repeated.Revision));
        Assert.Equal(2, Assert.Single(await storage.LocalChat.ReadAsync(Conversation, 10, Token)).Revision);
    }

    [Fact]
    public async Task PostAsync_ManyWritersAtOnce_StoresEveryMessageOnceAndInOneOrder()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        string[] ids = [.. Enumerable.Range(0, 20).Select(index => $"m{index:D2}")];

        await Task.WhenAll(ids.Select(id => storage.LocalChat.PostAsync(Conversation, id, "bot", "ITSM bot", Reply.Say(id), null, At, Token)));

        IReadOnlyList<LocalMessage> history = await storage.LocalChat.ReadAsync(Conversation, 100, Token);
        LocalChanges feed = await storage.LocalChat.ReadChangesAsync(Conversation, "0", Token);
        Assert.Equal(ids, history.Select(message => message.MessageId).Order(StringComparer.Ordinal));
        Assert.Equal(history.Select(message => message.MessageId), feed.Messages.Select(message => message.MessageId));
        Assert.Equal("20", feed.Cursor);
    }

    [Fact]
    public async Task ReadAsync_MoreMessagesThanMax_ReturnsTheLatestOldestFirst()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        for (int index = 1; index <= 5; index++)
        {
            await storage.LocalChat.PostAsync(Conversation, $"m{index}", "bot", "ITSM bot", Reply.Say("x"), null, At.AddSeconds(index), Token);
        }

        IReadOnlyList<LocalMessage> latest = await storage.LocalChat.ReadAsync(Conversation, 3, Token);

        Assert.Equal(["m3", "m4", "m5"], latest.Select(message => message.MessageId));
    }

    [Fact]
    public async Task ReadAsync_UnknownConversation_IsEmpty()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);

        Assert.Empty(await storage.LocalChat.ReadAsync("nobody-here", 10, Token));
    }

    [Theory]
    [MemberData(nameof(HostileConversationIds))]
    public async Task PostAsync_HostileConversationIdAndText_RoundTripsAndStaysApart(string conversationId)
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        Reply hostile = Reply.Say(LocalChatReplies.HostileText);

        await storage.LocalChat.PostAsync(conversationId, "id|x'/#?", "local:o'brien", "O'Brien | 😀", hostile, "vote-card:CHG-1001", At, Token);
        await storage.LocalChat.PostAsync(conversationId + "2", "other", "bot", "ITSM bot", Reply.Say("other"), null, At, Token);

        LocalMessage read = Assert.Single(await storage.LocalChat.ReadAsync(conversationId, 10, Token));
        Assert.Equal((conversationId, "id|x'/#?", "local:o'brien", "O'Brien | 😀", "vote-card:CHG-1001"), (read.ConversationId, read.MessageId, read.Author, read.AuthorName, read.MessageKey));
        LocalChatReplies.Equal(hostile, read.Content);
    }

    [Fact]
    public async Task PostAsync_ContentLongerThanOneProperty_RoundTrips()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        Reply review = Reply.Say(string.Concat(Enumerable.Repeat("- 09:00 paged on-call 😀 | \"quoted\"\n", 4_000)));

        await storage.LocalChat.PostAsync(Conversation, "review", "bot", "ITSM bot", review, null, At, Token);

        LocalChatReplies.Equal(review, Assert.Single(await storage.LocalChat.ReadAsync(Conversation, 1, Token)).Content);
        LocalChatReplies.Equal(review, Assert.Single((await storage.LocalChat.ReadChangesAsync(Conversation, "0", Token)).Messages).Content);
    }

    [Fact]
    public async Task PostAsync_RetriedAfterTheFirstAttemptLanded_StoresOneMessage()
    {
        LostResponsePolicy lostResponse = LostResponsePolicy.ForTransactions();
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(
            _azurite, new ConversationTestSettings { Policies = [lostResponse] });
        lostResponse.Arm();

        LocalMessage posted = await storage.LocalChat.PostAsync(Conversation, "m1", "bot", "ITSM bot", Reply.Say("once"), null, At, Token);

        Assert.Equal((1, "m1", 1L), (lostResponse.Lost, posted.MessageId, posted.Revision));
        Assert.Single(await storage.LocalChat.ReadAsync(Conversation, 10, Token));
    }
}
