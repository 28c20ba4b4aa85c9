using System.Text.Json.Nodes;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.TestSupport.Discord;

namespace ChatOpsItsm.Adapters.Discord.Tests.Rest;

public sealed partial class DiscordRestClientTests
{
    private const string UserAgentPrefix = "DiscordBot (https://github.com/chatops-itsm/chatops-itsm, ";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static JsonMessageData Hello => new() { Content = "hello", AllowedMentions = new JsonAllowedMentions() };

    [Fact]
    public async Task CreateMessageAsync_BotRoute_SendsBotTokenUserAgentAndJson()
    {
        await using RestHarness harness = RestHarness.Start();

        JsonMessage message = await harness.Client.CreateMessageAsync(RestHarness.Channel, Hello, Token);

        FakeDiscordCall call = Assert.Single(harness.Api.Calls);
        Assert.Equal(("POST", $"/channels/{RestHarness.Channel}/messages"), (call.Method, call.Path));
        Assert.Equal("Bot " + RestHarness.BotToken, call.Authorization);
        Assert.StartsWith(UserAgentPrefix, call.UserAgent, StringComparison.Ordinal);
        Assert.EndsWith(")", call.UserAgent, StringComparison.Ordinal);
        Assert.Equal("application/json", call.ContentType);
        Assert.Equal("hello", call.Json!["content"]!.GetValue<string>());
        Assert.Equal(RestHarness.Channel, message.ChannelId);
        Assert.False(string.IsNullOrEmpty(message.Id));
    }

    [Fact]
    public async Task EditOriginalResponseAsync_WebhookRoute_SendsNoAuthorizationAndTheTokenOnlyInThePath()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, RestHarness.InteractionToken, Hello, Token);

        FakeDiscordCall call = Assert.Single(harness.Api.Calls);
        Assert.Equal(("PATCH", $"/webhooks/{RestHarness.ApplicationId}/{RestHarness.InteractionToken}/messages/@original"), (call.Method, call.Path));
        Assert.Null(call.Authorization);
        Assert.StartsWith(UserAgentPrefix, call.UserAgent, StringComparison.Ordinal);
        Assert.Equal("application/json", call.ContentType);
    }

    [Fact]
    public async Task CreateFollowUpAsync_WebhookRoute_PostsWithoutAuthorization()
    {
        await using RestHarness harness = RestHarness.Start();

        JsonMessage message = await harness.Client.CreateFollowUpAsync(RestHarness.ApplicationId, RestHarness.InteractionToken, Hello, Token);

        FakeDiscordCall call = Assert.Single(harness.Api.WebhookCalls);
        Assert.Equal(("POST", $"/webhooks/{RestHarness.ApplicationId}/{RestHarness.InteractionToken}"), (call.Method, call.Path));
        Assert.Null(call.Authorization);
        Assert.False(string.IsNullOrEmpty(message.Id));
    }

    [Fact]
    public async Task StartThreadAsync_SendsNameArchiveAndAnEncodedAuditLogReason()
    {
        await using RestHarness harness = RestHarness.Start();

        JsonChannel thread = await harness.Client.StartThreadAsync(RestHarness.Channel, "1900000000000000009", "INC-1001 · Checkout & payments", 1440, Token);

        FakeDiscordCall call = Assert.Single(harness.Api.Calls);
        Assert.Equal(("POST", $"/channels/{RestHarness.Channel}/messages/1900000000000000009/threads"), (call.Method, call.Path));
        Assert.Equal("Bot " + RestHarness.BotToken, call.Authorization);
        Assert.Equal("INC-1001 · Checkout & payments", call.Json!["name"]!.GetValue<string>());
        Assert.Equal(1440, call.Json["auto_archive_duration"]!.GetValue<int>());
        Assert.Equal(Uri.EscapeDataString("ChatOps ITSM: INC-1001 · Checkout & payments"), call.Header("X-Audit-Log-Reason"));
        Assert.Equal("1900000000000000009", thread.Id);
    }

    [Fact]
    public async Task OpenDirectMessageAsync_PostsTheRecipientAndReturnsTheSameChannelEachTime()
    {
        await using RestHarness harness = RestHarness.Start();

        JsonChannel first = await harness.Client.OpenDirectMessageAsync("1600000000000000001", Token);
        JsonChannel second = await harness.Client.OpenDirectMessageAsync("1600000000000000001", Token);

        Assert.All(harness.Api.Calls, call => Assert.Equal(("POST", "/users/@me/channels"), (call.Method, call.Path)));
        Assert.Equal("1600000000000000001", harness.Api.Calls[0].Json!["recipient_id"]!.GetValue<string>());
        Assert.Equal(first.Id, second.Id);
    }

    [Theory]
    [InlineData(null, "/applications/1100000000000000001/commands")]
    [InlineData("1400000000000000001", "/applications/1100000000000000001/guilds/1400000000000000001/commands")]
    public async Task OverwriteCommandsAsync_PutsTheWholeListToTheScope(string? guild, string path)
    {
        await using RestHarness harness = RestHarness.Start();
        List<JsonApplicationCommand> commands =
        [
            new() { Name = "incident", Type = 1, Description = "Report and work incidents" },
            new() { Name = "change", Type = 1, Description = "Changes" },
        ];

        List<JsonApplicationCommand> registered = await harness.Client.OverwriteCommandsAsync(RestHarness.ApplicationId, guild, commands, Token);

        FakeDiscordCall call = Assert.Single(harness.Api.Calls);
        Assert.Equal(("PUT", path), (call.Method, call.Path));
        Assert.Equal(2, Assert.IsType<JsonArray>(call.Json).Count);
        Assert.Equal(["incident", "change"], registered.Select(command => command.Name));
        Assert.All(registered, command => Assert.False(string.IsNullOrEmpty(command.Id)));
    }

    [Fact]
    public async Task GetCurrentUserAsync_ReturnsTheBotUser()
    {
        await using RestHarness harness = RestHarness.Start();

        JsonUser user = await harness.Client.GetCurrentUserAsync(Token);

        FakeDiscordCall call = Assert.Single(harness.Api.Calls);
        Assert.Equal(("GET", "/users/@me"), (call.Method, call.Path));
        Assert.Equal("", call.Body);
        Assert.Equal(harness.Api.BotUserId, user.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../../users/@me")]
    [InlineData("15000000000000000a1")]
    [InlineData("-1")]
    [InlineData("99999999999999999999")]
    public async Task CreateMessageAsync_ChannelIdNotASnowflake_RefusedBeforeAnyCall(string channelId)
    {
        await using RestHarness harness = RestHarness.Start();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.CreateMessageAsync(channelId, Hello, Token));

        Assert.Empty(harness.Api.Calls);
    }

    [Fact]
    public async Task EditOriginalResponseAsync_TokenWithReservedCharacters_IsEscapedInThePath()
    {
        await using RestHarness harness = RestHarness.Start();

        await harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, "a/b?c", Hello, Token);

        Assert.Equal($"/webhooks/{RestHarness.ApplicationId}/a%2Fb%3Fc/messages/@original", Assert.Single(harness.Api.Calls).Path);
    }
}
