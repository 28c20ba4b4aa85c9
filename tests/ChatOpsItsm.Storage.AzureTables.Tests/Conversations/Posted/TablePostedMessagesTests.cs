using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Conversations.Posted;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations.Posted;

public sealed class TablePostedMessagesTests
{
    private const string VoteCard = "vote-card:CHG-1001";
    private static readonly ConversationAddress General = new("teams", "19:general@thread.tacv2;messageid=1/2#3?4");
    private static readonly ConversationAddress Direct = new("teams", "a:1DmWithAlice|PartitionKey eq 'x' or true");
    private static readonly ConversationAddress Discord = new("discord", "123456789012345678");
    private readonly AzuriteFixture _azurite;

    public TablePostedMessagesTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_NothingRecorded_IsEmpty()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);

        Assert.Empty(await Posted(storage).FindAsync(VoteCard, "teams", Token));
    }

    [Fact]
    public async Task RecordAsync_TwoConversations_FindsBothCopiesWithTheirChannelData()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        TablePostedMessages posted = Posted(storage);
        PostedMessage general = Message(VoteCard, General, "1700000000100", "https://smba.trafficmanager.net/emea/");
        PostedMessage direct = Message(VoteCard, Direct, "1700000000200", "https://smba.trafficmanager.net/amer/");

        await posted.RecordAsync(general, Token);
        await posted.RecordAsync(direct, Token);

        IReadOnlyList<PostedMessage> found = await posted.FindAsync(VoteCard, "teams", Token);
        Assert.Equal(2, found.Count);
        AssertMessage(general, Assert.Single(found, message => message.Conversation == General));
        AssertMessage(direct, Assert.Single(found, message => message.Conversation == Direct));
    }

    [Fact]
    public async Task RecordAsync_SameConversationAgain_ReplacesTheCopy()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        TablePostedMessages posted = Posted(storage);
        await posted.RecordAsync(Message(VoteCard, General, "1", "https://smba.trafficmanager.net/emea/"), Token);
        PostedMessage later = Message(VoteCard, General, "2", "https://smba.trafficmanager.net/amer/");

        await posted.RecordAsync(later, Token);

        AssertMessage(later, Assert.Single(await posted.FindAsync(VoteCard, "teams", Token)));
    }

    [Fact]
    public async Task FindAsync_OtherPlatformAndOtherKey_AreNotReturned()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        TablePostedMessages posted = Posted(storage);
        PostedMessage teams = Message(VoteCard, General, "1", "https://smba.trafficmanager.net/emea/");
        await posted.RecordAsync(teams, Token);
        await posted.RecordAsync(Message(VoteCard, Discord, "2", null), Token);
        await posted.RecordAsync(Message("vote-card:CHG-10010", General, "3", null), Token);

        IReadOnlyList<PostedMessage> found = await posted.FindAsync(VoteCard, "teams", Token);

        AssertMessage(teams, Assert.Single(found));
        Assert.Equal("2", Assert.Single(await posted.FindAsync(VoteCard, "discord", Token)).PlatformMessageId);
    }

    [Theory]
    [InlineData("posted|x' or RowKey ne '", "19:abc/def#ghi?jkl|mno\\pqr")]
    [InlineData("~007C|😀\u0001\u007f", "PartitionKey eq 'ref' or true")]
    public async Task RecordAsync_HostileKeyAndConversation_RoundTripsAndStaysInItsOwnPartition(string messageKey, string conversationId)
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        TablePostedMessages posted = Posted(storage);
        PostedMessage message = Message(messageKey, new ConversationAddress("teams", conversationId), "42", "https://x.example/");

        await posted.RecordAsync(message, Token);

        AssertMessage(message, Assert.Single(await posted.FindAsync(messageKey, "teams", Token)));
        (string partition, string _) = Assert.Single(await ConversationTestStorage.KeysAsync(storage.Tables.Conversations));
        Assert.Equal(PostedMessageMapper.Partition(messageKey), partition);
    }

    [Fact]
    public async Task RoundTrips_RecordAndFind_OneRequestEach()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        TablePostedMessages posted = Posted(storage);
        using RoundTripCounter counter = new(storage.Metrics);

        await posted.RecordAsync(Message(VoteCard, General, "1", null), Token);
        long record = counter.Take();
        await posted.FindAsync(VoteCard, "teams", Token);
        long find = counter.Take();

        Assert.Equal((1, 1), (record, find));
    }

    /// <summary>The store on the test's tables, through the same pipeline settings the host uses.</summary>
    private static TablePostedMessages Posted(ConversationTestStorage storage)
    {
        StorageResiliencePipeline pipeline = new(
            Options.Create(new TableStorageOptions()),
            TimeProvider.System,
            NullLogger<StorageResiliencePipeline>.Instance);
        return new TablePostedMessages(storage.Tables, pipeline);
    }

    private static PostedMessage Message(string messageKey, ConversationAddress conversation, string id, string? serviceUrl) =>
        new(messageKey, conversation, id, serviceUrl is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["serviceUrl"] = serviceUrl });

    private static void AssertMessage(PostedMessage expected, PostedMessage actual)
    {
        Assert.Equal(expected.MessageKey, actual.MessageKey);
        Assert.Equal(expected.Conversation, actual.Conversation);
        Assert.Equal(expected.PlatformMessageId, actual.PlatformMessageId);
        Assert.Equal(expected.ChannelData.OrderBy(pair => pair.Key), actual.ChannelData.OrderBy(pair => pair.Key));
    }
}
