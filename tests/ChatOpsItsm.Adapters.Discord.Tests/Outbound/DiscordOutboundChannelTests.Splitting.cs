using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Outbound;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.Adapters.Discord.Tests.Cards;
using ChatOpsItsm.Adapters.Discord.Tests.Rest;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Discord;

namespace ChatOpsItsm.Adapters.Discord.Tests.Outbound;

public sealed partial class DiscordOutboundChannelTests
{
    private static Reply Review => Reply.Show(SampleCards.Incident(), SampleReview.Markdown);

    private static string[] PartNonces(string deliveryKey) =>
        [MessageNonce.For(deliveryKey), MessageNonce.For(deliveryKey + "#part1"), MessageNonce.For(deliveryKey + "#part2")];

    [Fact]
    public async Task PostAsync_Review_PostsThreePartsInOrderEachWithItsOwnNonceAndTheCardLast()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.PostAsync(Ops, Review, "delivery-1", null, Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.All(calls, call => Assert.Equal(("POST", $"/channels/{RestHarness.Channel}/messages"), (call.Method, call.Path)));
        Assert.Equal(PartNonces("delivery-1"), calls.Select(call => call.Json!["nonce"]!.GetValue<string>()));
        Assert.Equal(3, calls.Select(call => call.Json!["nonce"]!.GetValue<string>()).Distinct().Count());
        Assert.All(calls, call => Assert.True(call.Json!["enforce_nonce"]!.GetValue<bool>()));
        IReadOnlyList<JsonObject> posted = harness.Api.MessagesTo(RestHarness.Channel);
        Assert.Equal([SampleReview.Summary, SampleReview.Timeline, SampleReview.Actions], posted.Select(m => m["content"]!.GetValue<string>()));
        Assert.Null(posted[0]["embeds"]);
        Assert.Null(posted[1]["components"]);
        Assert.Equal("INC-1001 · VPN gateway drops connections", posted[2]["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.NotNull(posted[2]["components"]);
    }

    [Fact]
    public async Task PostAsync_ReviewDeliveredAgain_PostsNothingNew()
    {
        await using RestHarness harness = RestHarness.Start();
        await harness.Outbound.PostAsync(Ops, Review, "delivery-1", null, Token);

        await harness.Outbound.PostAsync(Ops, Review, "delivery-1", null, Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal(6, calls.Count);
        Assert.Equal(PartNonces("delivery-1"), calls.Skip(3).Select(call => call.Json!["nonce"]!.GetValue<string>()));
        Assert.Equal(3, harness.Api.MessagesTo(RestHarness.Channel).Count);
    }

    [Fact]
    public async Task PostAsync_ReviewRetriedAfterTheSecondPartFailed_PostsOnlyTheMissingParts()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(
            FakeDiscordResponse.Error(HttpStatusCode.Forbidden, ErrorCodes.MissingAccess),
            call => call.Json?["nonce"]?.GetValue<string>() == PartNonces("d1")[1]);
        await Assert.ThrowsAsync<DiscordApiException>(() => harness.Outbound.PostAsync(Ops, Review, "d1", null, Token));
        Assert.Single(harness.Api.MessagesTo(RestHarness.Channel));

        await harness.Outbound.PostAsync(Ops, Review, "d1", null, Token);

        Assert.Equal(
            [SampleReview.Summary, SampleReview.Timeline, SampleReview.Actions],
            harness.Api.MessagesTo(RestHarness.Channel).Select(m => m["content"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PostAsync_ReviewWithAMessageKey_StaysOneMessageCutWithThePointer()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.PostAsync(Ops, Review, "d1", "board:INC-1001", Token);

        FakeDiscordCall call = Assert.Single(harness.Api.Calls);
        Assert.Equal(MessageNonce.For("d1"), call.Json!["nonce"]!.GetValue<string>());
        string content = call.Json!["content"]!.GetValue<string>();
        Assert.True(content.Length <= 2000);
        Assert.EndsWith("… full ticket: " + SampleCards.Link, content, StringComparison.Ordinal);
        Assert.Single(harness.Posted.All);
    }

    [Fact]
    public async Task PostAsync_ReviewWithAMessageKeyPostedBefore_EditsTheOneMessage()
    {
        await using RestHarness harness = RestHarness.Start();
        await harness.Outbound.PostAsync(Ops, Reply.Say("draft"), "d1", "board:INC-1001", Token);

        await harness.Outbound.PostAsync(Ops, Review, "d2", "board:INC-1001", Token);

        Assert.Equal(["POST", "PATCH"], harness.Api.Calls.Select(call => call.Method));
        Assert.Single(harness.Api.MessagesTo(RestHarness.Channel));
    }

    [Fact]
    public async Task SendDirectAsync_Review_PostsThePartsInOrderInTheDmChannel()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Outbound.SendDirectAsync(Dana, Review, "d1", Token);

        IReadOnlyList<FakeDiscordCall> posts = [.. harness.Api.Calls.Skip(1)];
        Assert.Equal(PartNonces("d1"), posts.Select(call => call.Json!["nonce"]!.GetValue<string>()));
        string dmChannel = posts[0].Path.Split('/')[2];
        Assert.Equal(
            [SampleReview.Summary, SampleReview.Timeline, SampleReview.Actions],
            harness.Api.MessagesTo(dmChannel).Select(m => m["content"]!.GetValue<string>()));
    }
}
