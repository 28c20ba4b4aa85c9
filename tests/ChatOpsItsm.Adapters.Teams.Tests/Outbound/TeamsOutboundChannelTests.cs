using System.Text.Json;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Adapters.Teams.Tests.Outbound;

public sealed class TeamsOutboundChannelTests
{
    private const string VoteCard = "vote-card:CHG-1001";
    private static readonly ConversationAddress General = new("teams", "19:general@thread.tacv2");
    private static readonly ConversationAddress Cab = new("teams", "19:cab@thread.tacv2");
    private static readonly UserIdentity Ana = new("teams", "11111111-1111-1111-1111-111111111111");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Reply CardReply(string tally) => Reply.Show(new Card("CHG-1001 · Patch core switches", [new CardFact("Votes", tally)], null, [], []));

    [Fact]
    public async Task PostAsync_Text_SendsOneMarkdownMessageFromTheBot()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(General, OutboundHarness.EmeaUrl);

        await harness.Channel.PostAsync(General, Reply.Say("**INC-1001** opened"), "d1", null, Token);

        FakeConnectorCall call = Assert.Single(harness.Connector.ConnectorCalls);
        Assert.Equal(("POST", "/emea/v3/conversations/19%3Ageneral%40thread.tacv2/activities"), (call.Method, call.Path));
        using JsonDocument body = JsonDocument.Parse(call.Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("markdown", body.RootElement.GetProperty("textFormat").GetString());
        Assert.Equal("**INC-1001** opened", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("28:" + OutboundHarness.AppId, body.RootElement.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task PostAsync_TextAndCard_SendsTextThenTheCardAsAnAdaptiveCardAttachment()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(General, OutboundHarness.EmeaUrl);

        await harness.Channel.PostAsync(General, CardReply("0 approve") with { Text = "Vote please" }, "d1", null, Token);

        IReadOnlyList<FakeConnectorCall> calls = harness.Connector.ConnectorCalls;
        Assert.Equal(2, calls.Count);
        using JsonDocument card = JsonDocument.Parse(calls[1].Body);
        JsonElement attachment = Assert.Single(card.RootElement.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", attachment.GetProperty("content").GetProperty("type").GetString());
    }

    [Fact]
    public async Task PostAsync_SameMessageKeyTwice_PostsOnceThenUpdatesInPlace()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(Cab, OutboundHarness.EmeaUrl);

        await harness.Channel.PostAsync(Cab, CardReply("0 approve"), "d1", VoteCard, Token);
        await harness.Channel.PostAsync(Cab, CardReply("1 approve"), "d2", VoteCard, Token);

        IReadOnlyList<FakeConnectorCall> calls = harness.Connector.ConnectorCalls;
        Assert.Equal(["POST", "PUT"], calls.Select(call => call.Method));
        PostedMessage recorded = Assert.Single(harness.Posted.All);
        Assert.EndsWith("/activities/" + recorded.PlatformMessageId, calls[1].Path, StringComparison.Ordinal);
        Assert.Equal(OutboundHarness.EmeaUrl, recorded.ChannelData["serviceUrl"]);
        Assert.Contains("1 approve", calls[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_RecordedCopyWasDeleted_PostsANewOneAndRecordsIt()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(Cab, OutboundHarness.EmeaUrl);
        await harness.Channel.PostAsync(Cab, CardReply("0 approve"), "d1", VoteCard, Token);
        string firstId = harness.Posted.All.Single().PlatformMessageId;
        harness.Connector.Enqueue(FakeConnectorResponse.Error(System.Net.HttpStatusCode.NotFound, "ActivityNotFoundInConversation"));

        await harness.Channel.PostAsync(Cab, CardReply("1 approve"), "d2", VoteCard, Token);

        Assert.Equal(["POST", "PUT", "POST"], harness.Connector.ConnectorCalls.Select(call => call.Method));
        Assert.NotEqual(firstId, Assert.Single(harness.Posted.All).PlatformMessageId);
    }

    [Fact]
    public async Task UpdateAsync_TwoCopies_PutsEachThroughItsOwnServiceUrl()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(Cab, OutboundHarness.EmeaUrl);
        await harness.SeeConversationAsync(General, OutboundHarness.EuropeUrl);
        await harness.Channel.PostAsync(Cab, CardReply("0 approve"), "d1", VoteCard, Token);
        await harness.Channel.PostAsync(General, CardReply("0 approve"), "d2", VoteCard, Token);

        await harness.Channel.UpdateAsync(VoteCard, CardReply("2 approve"), Token);

        FakeConnectorCall[] puts = [.. harness.Connector.ConnectorCalls.Where(call => call.Method == "PUT")];
        Assert.Equal(2, puts.Length);
        Assert.Contains(puts, put => put.Uri.Host == "smba.trafficmanager.net" && put.Path.Contains("19%3Acab", StringComparison.Ordinal));
        Assert.Contains(puts, put => put.Uri.Host == "europe.smba.botframework.com" && put.Path.Contains("19%3Ageneral", StringComparison.Ordinal));
        Assert.All(puts, put => Assert.Contains("2 approve", put.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateAsync_NoCopies_CallsNothing()
    {
        await using OutboundHarness harness = OutboundHarness.Start();

        await harness.Channel.UpdateAsync(VoteCard, CardReply("2 approve"), Token);

        Assert.Empty(harness.Connector.Calls);
    }

    [Fact]
    public async Task SendDirectAsync_CreatesTheOneToOneChatThenPostsInIt()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(General, OutboundHarness.EmeaUrl, Ana);

        await harness.Channel.SendDirectAsync(Ana, Reply.Say("INC-1001 resolved"), "d1", Token);

        IReadOnlyList<FakeConnectorCall> calls = harness.Connector.ConnectorCalls;
        Assert.Equal(("POST", "/emea/v3/conversations"), (calls[0].Method, calls[0].Path));
        using JsonDocument create = JsonDocument.Parse(calls[0].Body);
        Assert.False(create.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal(Ana.Id, Assert.Single(create.RootElement.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(OutboundHarness.Tenant, create.RootElement.GetProperty("tenantId").GetString());
        Assert.Equal("28:" + OutboundHarness.AppId, create.RootElement.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("POST", calls[1].Method);
        Assert.StartsWith("/emea/v3/conversations/a%3Adirect-", calls[1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDirectAsync_PersonNeverSeen_ThrowsAndCallsNothing()
    {
        await using OutboundHarness harness = OutboundHarness.Start();

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Channel.SendDirectAsync(Ana, Reply.Say("hi"), "d1", Token));

        Assert.Empty(harness.Connector.Calls);
    }

    [Fact]
    public async Task OpenThreadAsync_CreatesAChannelThreadAndRemembersIt()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(General, OutboundHarness.EmeaUrl, channelId: General.ConversationId);

        ConversationAddress thread = await harness.Channel.OpenThreadAsync(General, "War room INC-1001", CardReply("declared"), "d1", Token);

        FakeConnectorCall create = Assert.Single(harness.Connector.ConnectorCalls);
        using JsonDocument body = JsonDocument.Parse(create.Body);
        Assert.True(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal(General.ConversationId, body.RootElement.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("message", body.RootElement.GetProperty("activity").GetProperty("type").GetString());
        Assert.StartsWith(General.ConversationId + ";messageid=", thread.ConversationId, StringComparison.Ordinal);
        ConversationReference? remembered = await harness.References.FindConversationAsync(thread, Token);
        Assert.Equal(OutboundHarness.EmeaUrl, remembered?.ChannelData["serviceUrl"]);
    }

    [Fact]
    public async Task LinkTo_OpenedThread_IsTheDeepLinkToItsRootMessage()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(General, OutboundHarness.EmeaUrl, channelId: General.ConversationId);
        ConversationAddress thread = await harness.Channel.OpenThreadAsync(General, "War room INC-1001", CardReply("declared"), "d1", Token);
        string messageId = thread.ConversationId.Split(";messageid=")[1];

        string? link = harness.Channel.LinkTo(thread);

        Assert.Equal(
            $"https://teams.microsoft.com/l/message/19%3Ageneral%40thread.tacv2/{messageId}?parentMessageId={messageId}&createdTime={messageId}",
            link);
    }

    [Fact]
    public async Task LinkTo_ChannelChatOrOtherPlatform_Null()
    {
        await using OutboundHarness harness = OutboundHarness.Start();

        Assert.Null(harness.Channel.LinkTo(General));
        Assert.Null(harness.Channel.LinkTo(new ConversationAddress("teams", "a:1personal-xyz")));
        Assert.Null(harness.Channel.LinkTo(new ConversationAddress("discord", "19:general@thread.tacv2;messageid=1700000000000")));
    }

    [Fact]
    public async Task PostAsync_OpenedThread_PostsIntoIt()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(General, OutboundHarness.EmeaUrl, channelId: General.ConversationId);
        ConversationAddress thread = await harness.Channel.OpenThreadAsync(General, "War room", CardReply("declared"), "d1", Token);

        await harness.Channel.PostAsync(thread, Reply.Say("update"), "d2", null, Token);

        Assert.Equal($"/emea/v3/conversations/{Uri.EscapeDataString(thread.ConversationId)}/activities", harness.Connector.ConnectorCalls[^1].Path);
    }

    [Fact]
    public async Task PostAsync_ConversationWithAnUntrustedServiceUrl_IsRefused()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(General, "https://attacker.example/");

        await Assert.ThrowsAsync<Teams.Connector.UntrustedServiceUrlException>(
            () => harness.Channel.PostAsync(General, Reply.Say("hi"), "d1", null, Token));

        Assert.Empty(harness.Connector.Calls);
    }

    [Fact]
    public async Task ReplyAsync_RepliesToTheIncomingActivityAsItsRecipient()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        Protocol.JsonActivity incoming = new()
        {
            Type = "message",
            Id = "1700000000001",
            ServiceUrl = OutboundHarness.EmeaUrl,
            Conversation = new Protocol.JsonConversationAccount { Id = "a:1personal-xyz" },
            Recipient = new Protocol.JsonChannelAccount { Id = "28:bot-from-activity", Name = "OpsBot" },
        };

        await harness.Replies.ReplyAsync(incoming, [Reply.Say("INC-1001 opened")], Token);

        FakeConnectorCall call = Assert.Single(harness.Connector.ConnectorCalls);
        Assert.Equal("/emea/v3/conversations/a%3A1personal-xyz/activities/1700000000001", call.Path);
        using JsonDocument body = JsonDocument.Parse(call.Body);
        Assert.Equal("28:bot-from-activity", body.RootElement.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("1700000000001", body.RootElement.GetProperty("replyToId").GetString());
    }
}
