using ChatOpsItsm.Adapters.Teams.Tests.Outbound;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Adapters.Teams.Tests.OutboundAuth;

public sealed class BotTokenProviderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetTokenAsync_TwiceBeforeExpiry_RequestsOnceAndReusesIt()
    {
        await using OutboundHarness harness = OutboundHarness.Start();

        string first = await harness.Tokens.GetTokenAsync(Token);
        harness.Time.Advance(TimeSpan.FromMinutes(50));
        string second = await harness.Tokens.GetTokenAsync(Token);

        Assert.Equal(first, second);
        Assert.Single(harness.Connector.TokenCalls);
    }

    [Fact]
    public async Task GetTokenAsync_WithinFiveMinutesOfExpiry_RequestsANewOne()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        string first = await harness.Tokens.GetTokenAsync(Token);

        harness.Time.Advance(TimeSpan.FromSeconds(3599) - TimeSpan.FromMinutes(5));
        string second = await harness.Tokens.GetTokenAsync(Token);

        Assert.NotEqual(first, second);
        Assert.Equal(2, harness.Connector.TokenCalls.Count);
    }

    [Fact]
    public async Task GetTokenAsync_ManyAtOnce_OneRequest()
    {
        await using OutboundHarness harness = OutboundHarness.Start();

        string[] tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => harness.Tokens.GetTokenAsync(Token)));

        Assert.Single(tokens.Distinct());
        Assert.Single(harness.Connector.TokenCalls);
    }

    [Fact]
    public async Task GetTokenAsync_SingleTenant_PostsClientCredentialsToTheTenantsEndpoint()
    {
        await using OutboundHarness harness = OutboundHarness.Start();

        await harness.Tokens.GetTokenAsync(Token);

        FakeConnectorCall call = Assert.Single(harness.Connector.TokenCalls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"https://login.microsoftonline.com/{OutboundHarness.Tenant}/oauth2/v2.0/token", call.Uri.ToString());
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType, StringComparison.Ordinal);
        Assert.Equal(
            $"grant_type=client_credentials&client_id={OutboundHarness.AppId}&client_secret={Uri.EscapeDataString(OutboundHarness.Secret)}"
            + "&scope=https%3A%2F%2Fapi.botframework.com%2F.default",
            call.Body);
    }

    [Fact]
    public async Task GetTokenAsync_MultiTenant_UsesTheBotFrameworkTenant()
    {
        await using OutboundHarness harness = OutboundHarness.Start(teams => teams.TenantId = "");

        await harness.Tokens.GetTokenAsync(Token);

        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", Assert.Single(harness.Connector.TokenCalls).Uri.ToString());
    }

    [Fact]
    public async Task GetTokenAsync_TokenEndpointConfigured_UsesIt()
    {
        await using OutboundHarness harness = OutboundHarness.Start(teams => teams.TokenEndpoint = "https://login.example.test/t/oauth2/v2.0/token");

        await harness.Tokens.GetTokenAsync(Token);

        Assert.Equal("https://login.example.test/t/oauth2/v2.0/token", Assert.Single(harness.Connector.TokenCalls).Uri.ToString());
    }

    [Fact]
    public async Task GetTokenAsync_Refused_ThrowsWithoutTheSecret()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        harness.Connector.EnqueueToken(FakeConnectorResponse.Error(System.Net.HttpStatusCode.Unauthorized, "invalid_client"));

        Teams.OutboundAuth.BotTokenException exception = await Assert.ThrowsAsync<Teams.OutboundAuth.BotTokenException>(
            () => harness.Tokens.GetTokenAsync(Token));

        Assert.DoesNotContain(OutboundHarness.Secret, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_AfterSendingAndFailing_NeverHoldTheSecretOrAToken()
    {
        await using OutboundHarness harness = OutboundHarness.Start();
        await harness.SeeConversationAsync(new("teams", "a:1"), OutboundHarness.EmeaUrl);
        harness.Connector.EnqueueToken(FakeConnectorResponse.Error(System.Net.HttpStatusCode.Unauthorized, "invalid_client"));
        await Assert.ThrowsAnyAsync<Exception>(() => harness.Channel.PostAsync(new("teams", "a:1"), Engine.Replies.Reply.Say("hi"), "d1", null, Token));

        await harness.Channel.PostAsync(new("teams", "a:1"), Engine.Replies.Reply.Say("hi"), "d2", null, Token);

        string token = await harness.Tokens.GetTokenAsync(Token);
        Assert.NotEmpty(harness.Logs.GetSnapshot());
        Assert.All(harness.Logs.GetSnapshot(), record =>
            Assert.DoesNotContain("Bearer ", record.Message + " " + string.Join(" ", record.StructuredState?.Select(pair => pair.Value) ?? []), StringComparison.Ordinal));
        Assert.All(harness.Logs.GetSnapshot(), record =>
        {
            string text = record.Message + " " + string.Join(" ", record.StructuredState?.Select(pair => pair.Value) ?? []);
            Assert.DoesNotContain(OutboundHarness.Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        });
    }
}
