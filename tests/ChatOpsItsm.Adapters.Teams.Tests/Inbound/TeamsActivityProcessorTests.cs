using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Teams.Inbound;
using ChatOpsItsm.Adapters.Teams.Tests.Fixtures;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.TestSupport.Teams;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;

namespace ChatOpsItsm.Adapters.Teams.Tests.Inbound;

public sealed class TeamsActivityProcessorTests : IDisposable
{
    private const string Tenant = "22222222-2222-2222-2222-222222222222";

    private readonly TeamsHarness _harness = new(options => options.AllowedTenants = [Tenant]);

    public static TheoryData<string> Refusals => new()
    {
        "missing header", "basic scheme", "bad signature", "expired", "wrong audience", "wrong issuer",
        "key without the endorsement", "serviceUrl mismatch", "tenant outside the allow-list", "unknown kid after a refresh",
        "not teams",
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ProcessAsync_NotAuthentic_401AndNothingProcessed(string defect)
    {
        (byte[] body, string? authorization) = Refused(defect);

        TeamsHttpResult result = await _harness.PostAsync(body, authorization);

        Assert.Equal(401, result.StatusCode);
        Assert.Null(result.JsonBody);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_PersonalMessage_RecordsTheEventAndRepliesToTheActivity()
    {
        TeamsHttpResult result = await _harness.PostAsync(ActivityFixtures.PersonalMessage);

        Assert.Equal(TeamsHttpResult.Ok, result);
        await _harness.InboundLedger.Received(1).TryRecordAsync("teams:1700000000001", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        await _harness.References.Received(1).RememberAsync(
            Arg.Is<ConversationReference>(r => r.Conversation.ToString() == "teams:a:1personal-xyz"
                && r.User!.Value.ToString() == "teams:11111111-1111-1111-1111-111111111111"
                && r.ChannelData["serviceUrl"] == LocalOpenIdIssuer.ServiceUrl),
            Arg.Any<CancellationToken>());
        Assert.NotEmpty(_harness.Replies.Sent);
        Assert.All(_harness.Replies.Sent, sent => Assert.Equal("1700000000001", sent.ActivityId));
    }

    [Fact]
    public async Task ProcessAsync_TimelineLineMentioningTheBotInAThread_TheEngineLooksUpTheThreadsWarRoom()
    {
        TeamsHttpResult result = await _harness.PostAsync(ActivityFixtures.ChannelTimeline);

        Assert.Equal(TeamsHttpResult.Ok, result);
        await _harness.WarRooms.Received(1).FindAsync(
            new ConversationAddress("teams", "19:ops@thread.tacv2;messageid=1700000000000"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProcessAsync_RedeliveredActivity_200AndNoSecondReply()
    {
        _harness.InboundLedger.TryRecordAsync(Arg.Any<string>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(false);

        TeamsHttpResult result = await _harness.PostAsync(ActivityFixtures.PersonalMessage);

        Assert.Equal(200, result.StatusCode);
        Assert.Empty(_harness.Replies.Sent);
    }

    [Fact]
    public async Task ProcessAsync_ConnectorUnreachable_RepliesGoToTheDeliveryQueue()
    {
        _harness.Replies.Failure = new HttpRequestException("connector down");

        TeamsHttpResult result = await _harness.PostAsync(ActivityFixtures.PersonalMessage);

        Assert.Equal(200, result.StatusCode);
        await _harness.Scheduler.Received().ScheduleAsync(
            Arg.Is<OutboundWork>(w => w.WorkId == "teams-reply:a:1personal-xyz:1700000000001:0"
                && ((NotificationWork)w).Target.Conversation!.ToString() == "teams:a:1personal-xyz"
                && ((NotificationWork)w).Essential),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ProcessAsync_ActionSubmit_RepliesAndAnswersEmpty200()
    {
        TeamsHttpResult result = await _harness.PostAsync(ActivityFixtures.ActionSubmit);

        Assert.Equal(TeamsHttpResult.Ok, result);
        await _harness.InboundLedger.Received(1).TryRecordAsync("teams:1700000000003", Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        Assert.NotEmpty(_harness.Replies.Sent);
    }

    [Fact]
    public async Task ProcessAsync_AdaptiveCardActionAnsweredWithText_InvokeResponseWithAMessage()
    {
        TeamsHttpResult result = await _harness.PostAsync(ActivityFixtures.AdaptiveCardInvoke);

        Assert.Equal(200, result.StatusCode);
        JsonObject body = JsonNode.Parse(result.JsonBody!)!.AsObject();
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal(JsonValueKind.String, body["value"]!.GetValueKind());
        Assert.Empty(_harness.Replies.Sent);
    }

    [Fact]
    public async Task ProcessAsync_AdaptiveCardActionAnsweredWithACard_InvokeResponseWithTheAdaptiveCard()
    {
        JsonObject invoke = ActivityFixtures.Node(ActivityFixtures.AdaptiveCardInvoke);
        invoke["value"]!["action"]!["verb"] = "form.incident.report";

        TeamsHttpResult result = await _harness.PostAsync(ActivityFixtures.ToBytes(invoke), _harness.Issuer.CreateAuthorization());

        Assert.Equal(200, result.StatusCode);
        JsonObject body = JsonNode.Parse(result.JsonBody!)!.AsObject();
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
        Assert.Equal("1.5", (string?)body["value"]!["version"]);
    }

    [Fact]
    public async Task ProcessAsync_OtherInvoke_501()
    {
        JsonObject invoke = ActivityFixtures.Node(ActivityFixtures.AdaptiveCardInvoke);
        invoke["name"] = "task/fetch";

        TeamsHttpResult result = await _harness.PostAsync(ActivityFixtures.ToBytes(invoke), _harness.Issuer.CreateAuthorization());

        Assert.Equal(501, result.StatusCode);
        _harness.AssertNothingProcessed();
    }

    [Theory]
    [InlineData(ActivityFixtures.ConversationUpdateBotAdded, "19:team@thread.tacv2")]
    [InlineData(ActivityFixtures.InstallationUpdateAdd, "a:1personal-xyz")]
    public async Task ProcessAsync_BotAdded_StoresTheReferenceAndQueuesOneWelcome(string fixture, string conversationId)
    {
        TeamsHttpResult result = await _harness.PostAsync(fixture);

        Assert.Equal(TeamsHttpResult.Ok, result);
        await _harness.References.Received(1).RememberAsync(
            Arg.Is<ConversationReference>(r => r.Conversation.ConversationId == conversationId
                && r.ChannelData["serviceUrl"] == LocalOpenIdIssuer.ServiceUrl
                && r.ChannelData["tenantId"] == Tenant
                && r.ChannelData["botId"] == "28:00000000-0000-0000-0000-0000000000b0"),
            Arg.Any<CancellationToken>());
        await _harness.Scheduler.Received(1).ScheduleAsync(
            Arg.Is<OutboundWork>(w => w.WorkId == $"teams-welcome:{conversationId}"
                && ((NotificationWork)w).Message.Text == InstallationActivityHandler.WelcomeText),
            Arg.Any<CancellationToken>());
        Assert.Empty(_harness.InboundLedger.ReceivedCalls());
    }

    [Fact]
    public async Task ProcessAsync_SomeoneElseJoined_200AndNothingStored()
    {
        JsonObject update = ActivityFixtures.Node(ActivityFixtures.ConversationUpdateBotAdded);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:1newcomer" });

        TeamsHttpResult result = await _harness.PostAsync(ActivityFixtures.ToBytes(update), _harness.Issuer.CreateAuthorization());

        Assert.Equal(TeamsHttpResult.Ok, result);
        _harness.AssertNothingProcessed();
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task ProcessAsync_OtherActivityType_200AndIgnored(string type)
    {
        JsonObject activity = ActivityFixtures.Node(ActivityFixtures.PersonalMessage);
        activity["type"] = type;

        TeamsHttpResult result = await _harness.PostAsync(ActivityFixtures.ToBytes(activity), _harness.Issuer.CreateAuthorization());

        Assert.Equal(TeamsHttpResult.Ok, result);
        _harness.AssertNothingProcessed();
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"id\":\"1\",\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    public async Task ProcessAsync_AuthenticButNotAnActivity_400AndNothingProcessed(string body)
    {
        TeamsHttpResult result = await _harness.PostAsync(Encoding.UTF8.GetBytes(body), _harness.Issuer.CreateAuthorization());

        Assert.Equal(400, result.StatusCode);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_MalformedBodyWithoutToken_401NotParsed()
    {
        TeamsHttpResult result = await _harness.PostAsync("{\"type\":"u8.ToArray(), authorization: null);

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task ProcessAsync_BodyOverTheLimit_413AndNothingProcessed()
    {
        byte[] body = new byte[TeamsActivityProcessor.MaxBodyBytes + 1];

        TeamsHttpResult result = await _harness.PostAsync(body, _harness.Issuer.CreateAuthorization());

        Assert.Equal(413, result.StatusCode);
        _harness.AssertNothingProcessed();
    }

    [Fact]
    public async Task ProcessAsync_AnyRequest_NeverLogsTheTokenOrTheText()
    {
        string good = _harness.Issuer.CreateToken();
        string wrongAudience = _harness.Issuer.CreateToken(o => o.Audience = "someone-else");
        await _harness.PostAsync(ActivityFixtures.Bytes(ActivityFixtures.PersonalMessage), $"Bearer {good}");
        await _harness.PostAsync(ActivityFixtures.Bytes(ActivityFixtures.PersonalMessage), $"Bearer {wrongAudience}");

        IReadOnlyList<FakeLogRecord> records = _harness.Logs.GetSnapshot();

        Assert.Contains(records, r => r.Message.Contains("WrongAudience", StringComparison.Ordinal));
        foreach (FakeLogRecord record in records)
        {
            string everything = $"{record.Message} {record.Exception} {string.Join(' ', record.StructuredState?.Select(p => p.Value) ?? [])}";
            Assert.DoesNotContain(good[..40], everything, StringComparison.Ordinal);
            Assert.DoesNotContain(wrongAudience[..40], everything, StringComparison.Ordinal);
            Assert.DoesNotContain("Bearer", everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("VPN down", everything, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _harness.Dispose();

    private (byte[] Body, string? Authorization) Refused(string defect)
    {
        byte[] message = ActivityFixtures.Bytes(ActivityFixtures.PersonalMessage);
        LocalOpenIdIssuer issuer = _harness.Issuer;
        return defect switch
        {
            "missing header" => (message, null),
            "basic scheme" => (message, "Basic dXNlcjpwYXNz"),
            "bad signature" => (message, $"Bearer {issuer.CreateToken()[..^6]}AAAAAA"),
            "expired" => (message, issuer.CreateAuthorization(o => (o.NotBefore, o.Expires) = (TimeSpan.FromHours(-2), TimeSpan.FromMinutes(-10)))),
            "wrong audience" => (message, issuer.CreateAuthorization(o => o.Audience = "11111111-0000-0000-0000-000000000000")),
            "wrong issuer" => (message, issuer.CreateAuthorization(o => o.Issuer = "https://api.botframework.us")),
            "key without the endorsement" => (message, issuer.CreateAuthorization(o => o.Key = IssuerKey.Unendorsed)),
            "serviceUrl mismatch" => (message, issuer.CreateAuthorization(o => o.ServiceUrl = "https://attacker.example.com/")),
            "tenant outside the allow-list" => (With(ActivityFixtures.PersonalMessage, a => a["channelData"]!["tenant"]!["id"] = "99999999-9999-9999-9999-999999999999"), issuer.CreateAuthorization()),
            "unknown kid after a refresh" => (message, issuer.CreateAuthorization(o => o.Key = IssuerKey.Unpublished)),
            "not teams" => (With(ActivityFixtures.PersonalMessage, a => a["channelId"] = "webchat"), issuer.CreateAuthorization()),
            _ => throw new ArgumentOutOfRangeException(nameof(defect)),
        };
    }

    private static byte[] With(string fixture, Action<JsonObject> change)
    {
        JsonObject node = ActivityFixtures.Node(fixture);
        change(node);
        return ActivityFixtures.ToBytes(node);
    }
}
