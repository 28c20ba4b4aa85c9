using System.Net;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.TestSupport.Discord;
using Microsoft.Extensions.Logging.Testing;

namespace ChatOpsItsm.Adapters.Discord.Tests.Rest;

public sealed partial class DiscordRestClientTests
{
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task CreateMessageAsync_ServerErrorOnce_IsRetriedAndSucceeds(HttpStatusCode status)
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Plain(status));

        JsonMessage message = await harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.False(string.IsNullOrEmpty(message.Id));
    }

    [Fact]
    public async Task CreateMessageAsync_BadGatewayEveryTime_GivesUpAfterTheRetriesWith502()
    {
        await using RestHarness harness = RestHarness.Start();
        for (int i = 0; i < 10; i++)
        {
            harness.Api.Enqueue(FakeDiscordResponse.Plain(HttpStatusCode.BadGateway));
        }

        DiscordApiException exception = await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token));

        Assert.Equal(HttpStatusCode.BadGateway, exception.StatusCode);
        Assert.Null(exception.Code);
        Assert.Equal(RestHarness.Fast.MaxRetries + 1, harness.Api.Calls.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, ErrorCodes.InvalidFormBody)]
    [InlineData(HttpStatusCode.Forbidden, ErrorCodes.MissingPermissions)]
    [InlineData(HttpStatusCode.NotFound, ErrorCodes.UnknownChannel)]
    public async Task CreateMessageAsync_ClientError_IsNotRetriedAndCarriesTheDiscordCode(HttpStatusCode status, int code)
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Error(status, code));

        DiscordApiException exception = await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token));

        Assert.Equal((status, code), (exception.StatusCode, exception.Code));
        Assert.Equal("POST /channels/{channel.id}/messages", exception.Route);
        Assert.DoesNotContain(RestHarness.Channel, exception.Message, StringComparison.Ordinal);
        Assert.Single(harness.Api.Calls);
    }

    [Fact]
    public async Task EditOriginalResponseAsync_InvalidWebhookToken_IsNotRetriedAndBotRoutesGoOn()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Error(HttpStatusCode.Unauthorized, ErrorCodes.InvalidWebhookToken, "Invalid Webhook Token"));

        DiscordApiException exception = await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, RestHarness.InteractionToken, Hello, Token));
        await harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token);

        Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.InvalidWebhookToken), (exception.StatusCode, exception.Code));
        Assert.Single(harness.Api.WebhookCalls);
        Assert.Single(harness.Api.BotCalls);
    }

    [Fact]
    public async Task CreateMessageAsync_BotTokenRefused_StopsEveryBotRouteButNotWebhooks()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Error(HttpStatusCode.Unauthorized, 0, "401: Unauthorized"));

        DiscordBotTokenRejectedException first = await Assert.ThrowsAsync<DiscordBotTokenRejectedException>(
            () => harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token));
        DiscordBotTokenRejectedException later = await Assert.ThrowsAsync<DiscordBotTokenRejectedException>(
            () => harness.Client.GetCurrentUserAsync(Token));
        await harness.Client.CreateFollowUpAsync(RestHarness.ApplicationId, RestHarness.InteractionToken, Hello, Token);

        Assert.Contains("Discord:BotToken", first.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:BotToken", later.Message, StringComparison.Ordinal);
        Assert.Single(harness.Api.BotCalls);
        Assert.Single(harness.Api.WebhookCalls);
        Assert.Contains(harness.Logs.GetSnapshot(), record => record.Id.Id == 106);
    }

    [Fact]
    public async Task Failures_NeverShowTheInteractionOrBotTokenInExceptionsOrLogs()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Plain(HttpStatusCode.BadGateway));
        harness.Api.Enqueue(FakeDiscordResponse.Error(HttpStatusCode.NotFound, ErrorCodes.UnknownInteraction, "Unknown interaction " + RestHarness.InteractionToken));
        harness.Api.Enqueue(FakeDiscordResponse.Error(HttpStatusCode.Unauthorized, 0, "401: Unauthorized"));

        DiscordApiException webhook = await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, RestHarness.InteractionToken, Hello, Token));
        DiscordBotTokenRejectedException bot = await Assert.ThrowsAsync<DiscordBotTokenRejectedException>(
            () => harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token));

        string text = webhook + "\n" + bot + "\n" + harness.AllLogText();
        Assert.Equal("PATCH /webhooks/{application.id}/{token}/messages/@original", webhook.Route);
        Assert.Contains("Unknown interaction {token}", webhook.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RestHarness.InteractionToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(RestHarness.BotToken, text, StringComparison.Ordinal);
        Assert.NotEmpty(harness.Logs.GetSnapshot());
    }

    [Fact]
    public async Task InvalidAnswers_ReachingTheWarningStep_LogAWarningAndSharedRateLimitsDoNotCount()
    {
        await using RestHarness harness = RestHarness.Start(RestHarness.Fast with { InvalidRequestWarningStep = 2 });
        harness.Api.Enqueue(FakeDiscordResponse.RateLimited(0.1, scope: "shared"));
        harness.Api.Enqueue(FakeDiscordResponse.Error(HttpStatusCode.Forbidden, ErrorCodes.MissingAccess));
        await harness.RunAsync(Record(() => harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token)), Step);
        bool warnedAfterOne = harness.Logs.GetSnapshot().Any(record => record.Id.Id == 105);

        harness.Api.Enqueue(FakeDiscordResponse.Error(HttpStatusCode.Forbidden, ErrorCodes.MissingAccess));
        await Record(() => harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token));

        Assert.False(warnedAfterOne);
        FakeLogRecord warning = Assert.Single(harness.Logs.GetSnapshot(), record => record.Id.Id == 105);
        Assert.Contains("2 Discord answers", warning.Message, StringComparison.Ordinal);
    }

    private static async Task<Exception?> Record(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (DiscordApiException exception)
        {
            return exception;
        }
    }
}
