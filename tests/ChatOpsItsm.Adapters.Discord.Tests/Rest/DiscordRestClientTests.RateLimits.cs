using System.Net;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Adapters.Discord.Rest;
using ChatOpsItsm.TestSupport.Discord;

namespace ChatOpsItsm.Adapters.Discord.Tests.Rest;

public sealed partial class DiscordRestClientTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task CreateMessageAsync_BucketEmpty_NextCallWaitsForResetAfter()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Success("bucket-a", remaining: 0, resetAfterSeconds: 2));
        await harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token);

        Task<JsonMessage> second = harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token);
        await RestHarness.SettleAsync();
        int sentBeforeReset = harness.Api.Calls.Count;
        await harness.RunAsync(second, Step);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal(1, sentBeforeReset);
        Assert.Equal(2, calls.Count);
        Assert.InRange(calls[1].At - calls[0].At, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2) + Step);
    }

    [Fact]
    public async Task CreateMessageAsync_BucketEmptyInAnotherChannel_DoesNotWait()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.Success("bucket-a", remaining: 0, resetAfterSeconds: 2));
        await harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token);

        // The channel id is the major parameter: another channel has its own bucket.
        await harness.Client.CreateMessageAsync(RestHarness.OtherChannel, Hello, Token);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].At, calls[1].At);
    }

    [Fact]
    public async Task CreateMessageAsync_RateLimited_WaitsRetryAfterFromTheBodyThenSucceeds()
    {
        await using RestHarness harness = RestHarness.Start();

        // Body says 1.5 s, the Retry-After header rounds up to 2: the body's float wins.
        harness.Api.Enqueue(FakeDiscordResponse.RateLimited(1.5));

        JsonMessage message = await harness.RunAsync(harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token), Step);

        IReadOnlyList<FakeDiscordCall> calls = harness.Api.Calls;
        Assert.Equal(2, calls.Count);
        Assert.InRange(calls[1].At - calls[0].At, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(1.5) + Step);
        Assert.False(string.IsNullOrEmpty(message.Id));
    }

    [Fact]
    public async Task CreateMessageAsync_RetryAfterBeyondTheBound_FailsAt429WithoutWaiting()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.RateLimited(600));

        DiscordApiException exception = await Assert.ThrowsAsync<DiscordApiException>(
            () => harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token));

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Single(harness.Api.Calls);
    }

    [Fact]
    public async Task CreateMessageAsync_GlobalRateLimit_PausesOtherBotRoutesButNotWebhooks()
    {
        await using RestHarness harness = RestHarness.Start();
        harness.Api.Enqueue(FakeDiscordResponse.GloballyRateLimited(3));
        Task<JsonMessage> limited = harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token);
        await RestHarness.SettleAsync();

        Task<JsonMessage> otherBotRoute = harness.Client.CreateMessageAsync(RestHarness.OtherChannel, Hello, Token);
        JsonMessage followUp = await harness.Client.CreateFollowUpAsync(RestHarness.ApplicationId, RestHarness.InteractionToken, Hello, Token);
        await RestHarness.SettleAsync();
        int sentDuringPause = harness.Api.BotCalls.Count;
        await harness.RunAsync(Task.WhenAll(limited, otherBotRoute), Step);

        IReadOnlyList<FakeDiscordCall> bot = harness.Api.BotCalls;
        Assert.Equal(1, sentDuringPause);
        Assert.Equal(3, bot.Count);
        Assert.All(bot.Skip(1), call => Assert.True(call.At - bot[0].At >= TimeSpan.FromSeconds(3), $"{call} went out during the global pause"));
        Assert.Equal(bot[0].At, Assert.Single(harness.Api.WebhookCalls).At);
        Assert.False(string.IsNullOrEmpty(followUp.Id));
    }

    [Fact]
    public async Task CreateMessageAsync_MoreThanTheGlobalLimitInOneSecond_TheRestWaitForTheNextSecond()
    {
        await using RestHarness harness = RestHarness.Start(RestHarness.Fast with { GlobalRequestsPerSecond = 3 });
        List<Task<JsonMessage>> sends = [];
        for (int i = 0; i < 4; i++)
        {
            sends.Add(harness.Client.CreateMessageAsync($"150000000000000001{i}", Hello, Token));
        }

        await RestHarness.SettleAsync();
        int sentInTheFirstSecond = harness.Api.Calls.Count;
        await harness.RunAsync(Task.WhenAll(sends), Step);

        Assert.Equal(3, sentInTheFirstSecond);
        Assert.True(harness.Api.Calls[3].At - harness.Api.Calls[0].At >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task CreateFollowUpAsync_WebhookRoutes_AreExemptFromTheGlobalLimit()
    {
        await using RestHarness harness = RestHarness.Start(RestHarness.Fast with { GlobalRequestsPerSecond = 1 });

        for (int i = 0; i < 3; i++)
        {
            await harness.Client.CreateFollowUpAsync(RestHarness.ApplicationId, RestHarness.InteractionToken + i, Hello, Token);
        }

        Assert.Equal(3, harness.Api.WebhookCalls.Count);
    }
}
