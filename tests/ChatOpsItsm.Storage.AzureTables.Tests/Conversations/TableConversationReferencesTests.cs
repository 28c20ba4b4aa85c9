using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Storage.AzureTables.Tests.Telemetry;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

public sealed class TableConversationReferencesTests
{
    private static readonly UserIdentity Alice = new("teams", "29:1a2b-o'brien|x/y#z?😀");
    private static readonly ConversationAddress General = new("teams", "19:general@thread.tacv2;messageid=1/2#3?4");
    private static readonly ConversationAddress Direct = new("teams", "a:1DmWithAlice|PartitionKey eq 'x' or true");
    private readonly AzuriteFixture _azurite;

    public TableConversationReferencesTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    public static TheoryData<string, string> HostileIds => new()
    {
        { "19:abc/def#ghi?jkl|mno\\pqr", "o'brien|admin" },
        { "PartitionKey eq 'ref' or true", "x' or RowKey ne '" },
        { "~007C|😀\u0001\u007f", "~h" + new string('f', 64) },
        { new string('/', 900) + "19:long@thread.tacv2", new string('é', 100) },
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RememberAsync_WithUser_FindsBothThePersonAndTheConversation()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        ConversationReference reference = Reference(General, Alice, BuilderDefaults.Instant);

        await storage.References.RememberAsync(reference, Token);

        AssertReference(reference, await storage.References.FindPersonAsync(Alice, Token));
        AssertReference(reference, await storage.References.FindConversationAsync(General, Token));
    }

    [Fact]
    public async Task RememberAsync_PersonSeenElsewhereLater_FindPersonReturnsTheLatestAndKeepsTheFirstConversation()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        ConversationReference first = Reference(General, Alice, BuilderDefaults.Instant);
        ConversationReference later = Reference(Direct, Alice, BuilderDefaults.Instant.AddMinutes(5));
        await storage.References.RememberAsync(first, Token);

        await storage.References.RememberAsync(later, Token);

        AssertReference(later, await storage.References.FindPersonAsync(Alice, Token));
        AssertReference(first, await storage.References.FindConversationAsync(General, Token));
        AssertReference(later, await storage.References.FindConversationAsync(Direct, Token));
    }

    [Fact]
    public async Task RememberAsync_SameConversationAgain_OverwritesIt()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        UserIdentity bob = new("teams", "29:bob");
        await storage.References.RememberAsync(Reference(General, Alice, BuilderDefaults.Instant), Token);
        ConversationReference later = Reference(General, bob, BuilderDefaults.Instant.AddHours(1)) with
        {
            ChannelData = new Dictionary<string, string> { ["serviceUrl"] = "https://smba.example/emea/" },
        };

        await storage.References.RememberAsync(later, Token);

        AssertReference(later, await storage.References.FindConversationAsync(General, Token));
        Assert.Equal(General, (await storage.References.FindPersonAsync(Alice, Token))?.Conversation);
    }

    [Fact]
    public async Task RememberAsync_WithoutUser_StoresTheConversationOnly()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        ConversationReference reference = Reference(General, null, BuilderDefaults.Instant);

        await storage.References.RememberAsync(reference, Token);

        AssertReference(reference, await storage.References.FindConversationAsync(General, Token));
        Assert.Single(await ConversationTestStorage.KeysAsync(storage.Tables.Conversations));
    }

    [Fact]
    public async Task FindAsync_NeverSeen_ReturnsNull()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        await storage.References.RememberAsync(Reference(General, Alice, BuilderDefaults.Instant), Token);

        Assert.Null(await storage.References.FindPersonAsync(new UserIdentity("teams", "29:1a2b"), Token));
        Assert.Null(await storage.References.FindConversationAsync(General with { Platform = "discord" }, Token));
    }

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task RememberAsync_HostileIds_RoundTripExactly(string conversationId, string userId)
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        ConversationReference reference = Reference(new ConversationAddress("discord", conversationId), new UserIdentity("discord", userId), BuilderDefaults.Instant);
        ConversationReference neighbour = Reference(new ConversationAddress("discord", conversationId + "x"), new UserIdentity("discord", userId + "x"), BuilderDefaults.Instant.AddSeconds(1));

        await storage.References.RememberAsync(reference, Token);
        await storage.References.RememberAsync(neighbour, Token);

        AssertReference(reference, await storage.References.FindPersonAsync(reference.User!.Value, Token));
        AssertReference(reference, await storage.References.FindConversationAsync(reference.Conversation, Token));
    }

    [Fact]
    public async Task RoundTrips_RememberAndFind_OneRequestEach()
    {
        await using ConversationTestStorage storage = await ConversationTestStorage.StartAsync(_azurite);
        using RoundTripCounter counter = new(storage.Metrics);

        await storage.References.RememberAsync(Reference(General, Alice, BuilderDefaults.Instant), Token);
        long rememberWithUser = counter.Take();
        await storage.References.RememberAsync(Reference(Direct, null, BuilderDefaults.Instant), Token);
        long rememberWithoutUser = counter.Take();
        await storage.References.FindPersonAsync(Alice, Token);
        long findPerson = counter.Take();
        await storage.References.FindConversationAsync(General, Token);
        long findConversation = counter.Take();

        Assert.Equal(
            "remember 1, remember without user 1, find person 1, find conversation 1",
            $"remember {rememberWithUser}, remember without user {rememberWithoutUser}, find person {findPerson}, find conversation {findConversation}");
    }

    private static ConversationReference Reference(ConversationAddress conversation, UserIdentity? user, DateTimeOffset seenAt) =>
        new(conversation, user, new Dictionary<string, string>
        {
            ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["tenant"] = "It's \"odd\" | 100% 😀 PartitionKey eq 'x'",
        }, seenAt);

    private static void AssertReference(ConversationReference expected, ConversationReference? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal((expected.Conversation, expected.User, expected.SeenAt), (actual.Conversation, actual.User, actual.SeenAt));
        Assert.Equal(expected.ChannelData.OrderBy(pair => pair.Key, StringComparer.Ordinal), actual.ChannelData.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }
}
