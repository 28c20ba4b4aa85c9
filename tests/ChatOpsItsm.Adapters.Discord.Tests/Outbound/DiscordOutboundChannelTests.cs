using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Outbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Tests.Rest;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Discord;

namespace ChatOpsItsm.Adapters.Discord.Tests.Outbound;

public sealed partial class DiscordOutboundChannelTests
{
    private const string VoteCard = "vote-card:CHG-1001";
    private static readonly ConversationAddress Ops = new("discord", RestHarness.Channel);
    private static readonly ConversationAddress Cab = new("discord", RestHarness.OtherChannel);
    private static readonly UserIdentity Dana = new("discord", "1600000000000000001");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Reply CardReply(string tally) => Reply.Show(new Card("CHG-1001 · Patch core switches", [new CardFact("Votes", tally)], null, [], []));

    [Fact]
    public async Task PostAsync_Text_PostsWithTheDeliveryKeysNonceEnforcedAndNoPings()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.PostAsync(Ops, Reply.Say("**INC-1001** opened @everyone"), "delivery-1", null, Token);

        FakeDiscordCall call = Assert.Single(harness.Api.Calls);
        Assert.Equal(("POST", $"/channels/{RestHarness.Channel}/messages"), (call.Method, call.Path));
        JsonNode body = call.Json!;
        Assert.Equal("**INC-1001** opened @everyone", body["content"]!.GetValue<string>());
        Assert.Equal(MessageNonce.For("delivery-1"), body["nonce"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task PostAsync_SameDeliveryKeyTwice_DiscordShowsTheMessageOnce()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.PostAsync(Ops, Reply.Say("hello"), "delivery-1", null, Token);
        await harness.Outbound.PostAsync(Ops, Reply.Say("hello"), "delivery-1", null, Token);
        await harness.Outbound.PostAsync(Ops, Reply.Say("hello"), "delivery-2", null, Token);

        Assert.Equal(3, harness.Api.Calls.Count);
        Assert.Equal(2, harness.Api.MessagesTo(RestHarness.Channel).Count);
    }

    [Fact]
    public async Task PostAsync_SameMessageKeyTwice_PostsOnceThenEditsInPlace()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.PostAsync(Cab, CardReply("0 approve"), "d1", VoteCard, Token);
        await harness.Outbound.PostAsync(Cab, CardReply("1 approve"), "d2", VoteCard, Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal(["POST", "PATCH"], calls.Select(call => call.Method));
        PostedMessage recorded = Assert.Single(harness.Posted.All);
        Assert.Equal((VoteCard, Cab), (recorded.MessageKey, recorded.Conversation));
        Assert.Equal($"/channels/{RestHarness.OtherChannel}/messages/{recorded.PlatformMessageId}", calls[1].Path);
        Assert.Null(calls[1].Json!["nonce"]);
        Assert.Contains("1 approve", harness.Api.Message(recorded.PlatformMessageId)!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_RecordedCopyWasDeleted_PostsANewOneAndRecordsIt()
    {
        await using RestHarness harness = RestHarness.Start();
        await harness.Outbound.PostAsync(Cab, CardReply("0 approve"), "d1", VoteCard, Token);
        string firstId = harness.Posted.All.Single().PlatformMessageId;
        harness.Api.DeleteMessage(firstId);

        await harness.Outbound.PostAsync(Cab, CardReply("1 approve"), "d2", VoteCard, Token);

        Assert.Equal(["POST", "PATCH", "POST"], harness.Api.Calls.Select(call => call.Method));
        string newId = Assert.Single(harness.Posted.All).PlatformMessageId;
        Assert.NotEqual(firstId, newId);
        Assert.NotNull(harness.Api.Message(newId));
    }

    [Fact]
    public async Task PostAsync_CopyInAnotherConversation_PostsHereToo()
    {
        await using RestHarness harness = RestHarness.Start();
        await harness.Outbound.PostAsync(Cab, CardReply("0 approve"), "d1", VoteCard, Token);

        await harness.Outbound.PostAsync(Ops, CardReply("0 approve"), "d2", VoteCard, Token);

        Assert.Equal(["POST", "POST"], harness.Api.Calls.Select(call => call.Method));
        Assert.Equal(2, harness.Posted.All.Count);
    }

    [Fact]
    public async Task PostAsync_ConversationOfAnotherPlatform_IsRefusedBeforeAnyCall()
    {
        await using RestHarness harness = RestHarness.Start();

        await Assert.ThrowsAsync<ArgumentException>(
            () => harness.Outbound.PostAsync(new ConversationAddress("teams", "19:x@thread.tacv2"), Reply.Say("hi"), "d1", null, Token));

        Assert.Empty(harness.Api.Calls);
    }

    [Fact]
    public async Task SendDirectAsync_OpensTheDmChannelThenPostsInIt()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.SendDirectAsync(Dana, Reply.Say("You were assigned INC-1001"), "d1", Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal(("POST", "/users/@me/channels"), (calls[0].Method, calls[0].Path));
        Assert.Equal(Dana.Id, calls[0].Json!["recipient_id"]!.GetValue<string>());
        Assert.Equal("POST", calls[1].Method);
        string dmChannel = calls[1].Path.Split('/')[2];
        Assert.Equal("You were assigned INC-1001", Assert.Single(harness.Api.MessagesTo(dmChannel))["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendDirectAsync_UserRefusesDirectMessages_ThrowsAClearException()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(
            FakeDiscordResponse.Error(HttpStatusCode.Forbidden, ErrorCodes.CannotDirectMessage, "Cannot send messages to this user"),
            call => call.Path.EndsWith("/messages", StringComparison.Ordinal));

        DirectMessageRefusedException exception = await Assert.ThrowsAsync<DirectMessageRefusedException>(
            () => harness.Outbound.SendDirectAsync(Dana, Reply.Say("hi"), "d1", Token));

        Assert.Contains("discord:1600000000000000001", exception.Message, StringComparison.Ordinal);
        Assert.Contains("50007", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDirectAsync_PersonOfAnotherPlatform_IsRefusedBeforeAnyCall()
    {
        await using RestHarness harness = RestHarness.Start();

        await Assert.ThrowsAsync<ArgumentException>(
            () => harness.Outbound.SendDirectAsync(new UserIdentity("teams", "11111111-1111-1111-1111-111111111111"), Reply.Say("hi"), "d1", Token));

        Assert.Empty(harness.Api.Calls);
    }

    [Fact]
    public async Task UpdateAsync_EditsEveryCopyAndSkipsOneThatIsGone()
    {
        await using RestHarness harness = RestHarness.Start();
        await harness.Outbound.PostAsync(Cab, CardReply("0 approve"), "d1", VoteCard, Token);
        await harness.Outbound.PostAsync(Ops, CardReply("0 approve"), "d2", VoteCard, Token);
        PostedMessage gone = harness.Posted.All.Single(copy => copy.Conversation == Cab);
        PostedMessage kept = harness.Posted.All.Single(copy => copy.Conversation == Ops);
        harness.Api.DeleteMessage(gone.PlatformMessageId);

        await harness.Outbound.UpdateAsync(VoteCard, CardReply("2 approve"), Token);

        Assert.Equal(2, harness.Api.Calls.Count(call => call.Method == "PATCH"));
        Assert.Contains("2 approve", harness.Api.Message(kept.PlatformMessageId)!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(harness.Logs.GetSnapshot(), record => record.Id.Id == 122);
    }

    [Fact]
    public async Task UpdateAsync_ACopyFailsOtherwise_TriesTheOthersThenThrows()
    {
        await using RestHarness harness = RestHarness.Start();
        await harness.Outbound.PostAsync(Cab, CardReply("0 approve"), "d1", VoteCard, Token);
        await harness.Outbound.PostAsync(Ops, CardReply("0 approve"), "d2", VoteCard, Token);
        harness.Api.Enqueue(FakeDiscordResponse.Error(HttpStatusCode.Forbidden, ErrorCodes.MissingAccess));

        AggregateException exception = await Assert.ThrowsAsync<AggregateException>(() => harness.Outbound.UpdateAsync(VoteCard, CardReply("1 approve"), Token));

        Assert.Single(exception.InnerExceptions);
        Assert.Equal(2, harness.Api.Calls.Count(call => call.Method == "PATCH"));
    }

    [Fact]
    public async Task OpenThreadAsync_PostsTheFirstMessageThenStartsAPublicThreadFromIt()
    {
        await using RestHarness harness = RestHarness.Start();
        string title = "INC-1001 · " + new string('x', 120);

        ConversationAddress thread = await harness.Outbound.OpenThreadAsync(Ops, title, Reply.Say("War room for INC-1001"), "d1", Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        string messageId = Assert.Single(harness.Api.Threads);
        Assert.Equal(new ConversationAddress("discord", messageId), thread);
        Assert.Equal($"/channels/{RestHarness.Channel}/messages/{messageId}/threads", calls[1].Path);
        Assert.Equal(title[..100], calls[1].Json!["name"]!.GetValue<string>());
        Assert.Equal(1440, calls[1].Json!["auto_archive_duration"]!.GetValue<int>());
    }

    [Fact]
    public async Task LinkTo_OpenedThread_IsItsChannelMention()
    {
        await using RestHarness harness = RestHarness.Start();
        ConversationAddress thread = await harness.Outbound.OpenThreadAsync(Ops, "INC-1001", Reply.Say("War room"), "d1", Token);

        string? link = ((IOutboundChannel)harness.Outbound).LinkTo(thread);

        Assert.Equal($"<#{thread.ConversationId}>", link);
    }

    [Theory]
    [InlineData("discord", "1500000000000000001", "<#1500000000000000001>")]
    [InlineData("discord", "18446744073709551615", "<#18446744073709551615>")]
    [InlineData("discord", "18446744073709551616", null)]
    [InlineData("discord", "0", null)]
    [InlineData("discord", "", null)]
    [InlineData("discord", " 1500000000000000001", null)]
    [InlineData("discord", "+1500000000000000001", null)]
    [InlineData("discord", "15000>@everyone", null)]
    [InlineData("discord", "general", null)]
    [InlineData("teams", "1500000000000000001", null)]
    public async Task LinkTo_Address_MentionOnlyForADiscordSnowflake(string platform, string id, string? expected)
    {
        await using RestHarness harness = RestHarness.Start();

        Assert.Equal(expected, ((IOutboundChannel)harness.Outbound).LinkTo(new ConversationAddress(platform, id)));
    }

    [Fact]
    public async Task OpenThreadAsync_RetriedWithTheSameDeliveryKey_ReturnsTheSameThreadFrom160004()
    {
        await using RestHarness harness = RestHarness.Start();
        ConversationAddress first = await harness.Outbound.OpenThreadAsync(Ops, "INC-1001", Reply.Say("War room"), "d1", Token);

        ConversationAddress again = await harness.Outbound.OpenThreadAsync(Ops, "INC-1001", Reply.Say("War room"), "d1", Token);

        Assert.Equal(first, again);
        Assert.Single(harness.Api.MessagesTo(RestHarness.Channel));
        Assert.Contains(harness.Logs.GetSnapshot(), record => record.Id.Id == 124);
    }

    [Fact]
    public async Task OpenThreadAsync_TitleWithASurrogatePairAtTheCut_KeepsThePairWhole()
    {
        await using RestHarness harness = RestHarness.Start();
        string title = new string('x', 99) + "🔥 and more";

        await harness.Outbound.OpenThreadAsync(Ops, title, Reply.Say("War room"), "d1", Token);

        Assert.Equal(new string('x', 99), harness.Api.Calls[1].Json!["name"]!.GetValue<string>());
    }
}
