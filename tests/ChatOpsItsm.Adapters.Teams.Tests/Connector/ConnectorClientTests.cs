using System.Net;
using System.Text.Json;
using ChatOpsItsm.Adapters.Teams.Connector;
using ChatOpsItsm.Adapters.Teams.Protocol;
using ChatOpsItsm.Adapters.Teams.Tests.Outbound;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Adapters.Teams.Tests.Connector;

public sealed class ConnectorClientTests
{
    private const string Thread = "19:ops@thread.tacv2;messageid=1699999999999";
    private const string EscapedThread = "19%3Aops%40thread.tacv2%3Bmessageid%3D1699999999999";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static JsonActivity Message => new() { Type = "message", Text = "hello", TextFormat = "markdown" };

    [Fact]
    public async Task SendToConversationAsync_PostsTheActivityWithBearerAndJson()
    {
        await using OutboundHarness harness = OutboundHarness.Start();

        string id = await harness.Client.SendToConversationAsync(OutboundHarness.EmeaUrl, Thread, Message, Token);

        FakeConnectorCall call = Assert.Single(harness.Connector.ConnectorCalls);
        Assert.Equal(("POST", $"/emea/v3/conversations/{EscapedThread}/activities"), (call.Method, call.Path));
        Assert.Equal("Bearer " + await harness.Tokens.GetTokenAsync(Token), call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        using JsonDocument body = JsonDocument.Parse(call.Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("hello", body.RootElement.GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(id));
    }

    [Fact]
    public async Task ReplyToActivityAsync_PostsToTheActivityWithReplyToId()
    {
        await using OutboundHarness harness = OutboundHarness.Start();

        await harness.Client.ReplyToActivityAsync(OutboundHarness.EmeaUrl, "a:1personal", "f:8a1b2c", Message, Token);

        FakeConnectorCall call = Assert.Single(harness.Connector.ConnectorCalls);
        Assert.Equal(("POST", "/emea/v3/conversations/a%3A1personal/activities/f%3A8a1b2c"), (call.Method, call.Path));
        using JsonDocument body = JsonDocument.Parse(call.Body);
        Assert.Equal("f:8a1b2c", body.RootElement.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsTheWholeActivityWithItsId()
    {
        await using OutboundHarness harness = OutboundHarness.Start();

        await harness.Client.UpdateActivityAsync(OutboundHarness.EmeaUrl, Thread, "1700000000100", Message, Token);

        FakeConnectorCall call = Assert.Single(harness.Connector.ConnectorCalls);
        Assert.Equal(("PUT", $"/emea/v3/conversations/{EscapedThread}/activities/1700000000100"), (call.Method, call.Path));
        using JsonDocument body = JsonDocument.Parse(call.Body);
        Assert.Equal("1700000000100", body.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task SendToConversationAsync_ThrottledWithRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using OutboundHarness harness = OutboundHarness.Start(resilience: new ConnectorResilienceOptions());
        harness.Connector.Enqueue(FakeConnectorResponse.Throttled(TimeSpan.FromSeconds(2)));

        string id = await harness.RunAsync(
            harness.Client.SendToConversationAsync(OutboundHarness.EmeaUrl, "a:1", Message, Token), TimeSpan.FromMilliseconds(100));

        IReadOnlyList<FakeConnectorCall> calls = harness.Connector.ConnectorCalls;
        Assert.Equal(2, calls.Count);
        Assert.InRange(calls[1].At - calls[0].At, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
        Assert.False(string.IsNullOrEmpty(id));
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterBeyondTheBound_ThrowsForTheQueueWithoutWaiting()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        harness.Connector.Enqueue(FakeConnectorResponse.Throttled(TimeSpan.FromMinutes(10)));

        ConnectorException exception = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(OutboundHarness.EmeaUrl, "a:1", Message, Token));

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Single(harness.Connector.ConnectorCalls);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task SendToConversationAsync_TransientStatusOnce_RetriesAndSucceeds(HttpStatusCode status)
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        harness.Connector.Enqueue(new FakeConnectorResponse(status));

        await harness.Client.SendToConversationAsync(OutboundHarness.EmeaUrl, "a:1", Message, Token);

        Assert.Equal(2, harness.Connector.ConnectorCalls.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_BadGatewayTwice_PostIsRetriedOnlyOnce()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        harness.Connector.Enqueue(new FakeConnectorResponse(HttpStatusCode.BadGateway));
        harness.Connector.Enqueue(new FakeConnectorResponse(HttpStatusCode.BadGateway));

        await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(OutboundHarness.EmeaUrl, "a:1", Message, Token));

        Assert.Equal(2, harness.Connector.ConnectorCalls.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_InternalServerError_IsNotRetried()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        harness.Connector.Enqueue(FakeConnectorResponse.Error(HttpStatusCode.InternalServerError, "ServiceError"));

        ConnectorException exception = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(OutboundHarness.EmeaUrl, "a:1", Message, Token));

        Assert.Equal("ServiceError", exception.ErrorCode);
        Assert.Single(harness.Connector.ConnectorCalls);
    }

    [Fact]
    public async Task SendToConversationAsync_HostKeepsFailing_BreakerOpensForThatHostOnly()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        harness.Connector.FailHost("smba.trafficmanager.net", new FakeConnectorResponse(HttpStatusCode.ServiceUnavailable));
        for (int i = 0; i < 3; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => harness.Client.SendToConversationAsync(OutboundHarness.EmeaUrl, "a:1", Message, Token));
        }

        int callsBefore = harness.Connector.ConnectorCalls.Count;
        ConnectorUnavailableException open = await Assert.ThrowsAsync<ConnectorUnavailableException>(
            () => harness.Client.SendToConversationAsync(OutboundHarness.EmeaUrl, "a:1", Message, Token));
        string other = await harness.Client.SendToConversationAsync(OutboundHarness.EuropeUrl, "a:1", Message, Token);

        Assert.Contains("circuit is open", open.Message, StringComparison.Ordinal);
        Assert.Equal(callsBefore + 1, harness.Connector.ConnectorCalls.Count);
        Assert.Equal("europe.smba.botframework.com", harness.Connector.ConnectorCalls[^1].Uri.Host);
        Assert.False(string.IsNullOrEmpty(other));
    }

    [Fact]
    public async Task SendToConversationAsync_TokenRefused_FetchesANewTokenOnce()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        string stale = await harness.Tokens.GetTokenAsync(Token);
        harness.Connector.Enqueue(new FakeConnectorResponse(HttpStatusCode.Unauthorized));

        await harness.Client.SendToConversationAsync(OutboundHarness.EmeaUrl, "a:1", Message, Token);

        IReadOnlyList<FakeConnectorCall> calls = harness.Connector.ConnectorCalls;
        Assert.Equal(2, calls.Count);
        Assert.Equal("Bearer " + stale, calls[0].Authorization);
        Assert.NotEqual("Bearer " + stale, calls[1].Authorization);
    }

    [Theory]
    [InlineData("https://evil.example/teams/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net:8443/emea/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://user:pw@smba.trafficmanager.net/emea/")]
    [InlineData("http://127.0.0.1:5005/")]
    [InlineData("")]
    public async Task SendToConversationAsync_UntrustedServiceUrl_RefusedBeforeAnyCall(string serviceUrl)
    {
        await using OutboundHarness harness = OutboundHarness.Start();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => harness.Client.SendToConversationAsync(serviceUrl, "a:1", Message, Token));

        Assert.Empty(harness.Connector.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_LoopbackWithTheDevelopmentFlag_IsCalled()
    {
        await using OutboundHarness harness = OutboundHarness.Start(allowLoopback: true);

        await harness.Client.SendToConversationAsync("http://127.0.0.1:5005", "a:1", Message, Token);

        Assert.Equal("http://127.0.0.1:5005/v3/conversations/a%3A1/activities", Assert.Single(harness.Connector.ConnectorCalls).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task CreateConversationAsync_PostsTheParametersAndReturnsTheNewId()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        JsonConversationParameters parameters = new()
        {
            Bot = new JsonChannelAccount { Id = "28:bot" },
            Members = [new JsonChannelAccount { Id = "29:user" }],
            TenantId = OutboundHarness.Tenant,
        };

        JsonConversationResourceResponse created = await harness.Client.CreateConversationAsync(OutboundHarness.EmeaUrl, parameters, Token);

        FakeConnectorCall call = Assert.Single(harness.Connector.ConnectorCalls);
        Assert.Equal(("POST", "/emea/v3/conversations"), (call.Method, call.Path));
        Assert.StartsWith("a:direct-", created.Id, StringComparison.Ordinal);
    }
}
