using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.TestSupport.Discord;

namespace ChatOpsItsm.Adapters.Discord.Tests.Rest;

/// <summary>The fake the host tests lean on: waiting for background calls, a bad bot token, lost connections.</summary>
public sealed class FakeDiscordApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static JsonMessageData Hello => new() { Content = "hello" };

    [Fact]
    public async Task WaitForCallAsync_CallMadeAfterwards_CompletesWithIt()
    {
        await using RestHarness harness = RestHarness.Start();
        Task<FakeDiscordCall> waiting = harness.Api.WaitForCallAsync(call => call.Method == "POST", TimeSpan.FromSeconds(10), Token);

        await harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token);

        Assert.Equal($"/channels/{RestHarness.Channel}/messages", (await waiting).Path);
    }

    [Fact]
    public async Task WaitForCallAsync_NoSuchCall_TimesOutListingTheCallsWithoutHeaders()
    {
        await using RestHarness harness = RestHarness.Start();
        await harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token);

        TimeoutException exception = await Assert.ThrowsAsync<TimeoutException>(
            () => harness.Api.WaitForCallAsync(call => call.Method == "DELETE", TimeSpan.FromMilliseconds(20), Token));

        Assert.Contains("POST /channels/", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RestHarness.BotToken, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotToken_Set_RefusesAnotherTokenLikeDiscord()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.BotToken = "another-token";

        await Assert.ThrowsAsync<DiscordBotTokenRejectedException>(() => harness.Client.GetCurrentUserAsync(Token));
    }

    [Fact]
    public async Task EnqueueFailure_LostConnectionOnce_IsRetried()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.EnqueueFailure(new HttpRequestException("Connection reset by peer"));

        await harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token);

        Assert.Equal(2, harness.Api.Calls.Count);
    }

    [Fact]
    public async Task EnqueueFailure_ConnectionLostEveryTime_ThrowsUnavailableNamingTheTemplatedRoute()
    {
        await using RestHarness harness = RestHarness.Start();
        for (int i = 0; i < 10; i++)
        {
            harness.Api.EnqueueFailure(new HttpRequestException("Connection refused"));
        }

        DiscordUnavailableException exception = await Assert.ThrowsAsync<DiscordUnavailableException>(
            () => harness.Client.CreateFollowUpAsync(RestHarness.ApplicationId, RestHarness.InteractionToken, Hello, Token));

        Assert.Contains("POST /webhooks/{application.id}/{token}", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RestHarness.InteractionToken, exception.ToString(), StringComparison.Ordinal);
        Assert.Equal(RestHarness.Fast.MaxRetries + 1, harness.Api.Calls.Count);
    }
}
