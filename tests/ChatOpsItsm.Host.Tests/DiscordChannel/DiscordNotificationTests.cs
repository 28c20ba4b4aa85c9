using System.Text;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Discord;

namespace ChatOpsItsm.Host.Tests.DiscordChannel;

/// <summary>
/// Issue 5 §5: proactive messages go out with the bot token through the delivery queue: a P1 pages the on-call route's
/// channel (<c>Itsm:Routes:OnCall</c> = <c>discord:&lt;channel id&gt;</c>), and the requester hears of the resolution
/// in a direct message (brief §7: open the DM channel, then post into it). Ticket text is user input, so no message
/// may ping anyone it does not name (<c>allowed_mentions.parse</c> empty).
/// </summary>
public sealed class DiscordNotificationTests(AzuriteFixture azurite) : IDisposable
{
    private readonly DiscordFakes _discord = new();

    [Fact]
    public async Task P1ReportedOnDiscord_OnCallChannelGetsABotMessageNamingTheIncident()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));

        await _discord.Client(host).SendAsync(DiscordInteractions.Report("Payments API is down @everyone"));

        FakeDiscordCall post = await _discord.Api.WaitForCallAsync(
            call => call.Method == "POST" && call.Path == $"/channels/{DiscordFakes.OnCallChannelId}/messages"
                && call.Body.Contains("INC-1001", StringComparison.Ordinal),
            Eventually.Limit,
            TestContext.Current.CancellationToken);
        Assert.Equal("Bot " + DiscordFakes.BotToken, post.Authorization);
        Assert.StartsWith("application/json", post.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("DiscordBot (", post.UserAgent, StringComparison.Ordinal);
        JsonObject body = post.Json!.AsObject();
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        // The fake records a call before it answers it: the message it created is read once it is there.
        IReadOnlyList<JsonObject> created = await Eventually.UntilAsync(
            () => Task.FromResult(_discord.Api.MessagesTo(DiscordFakes.OnCallChannelId)), seen => seen.Count > 0, "the on-call message created");
        Assert.Contains("INC-1001", Assert.Single(created).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolvedByAnAgent_RequesterGetsADirectMessageNamingTheIncident()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));
        DiscordInteractionsClient discord = _discord.Client(host);
        await discord.SendAsync(DiscordInteractions.Report(level: "low"));
        await discord.SendAsync(DiscordInteractions.ButtonClick(DiscordInteractions.Agent, DiscordInteractions.AssignToMe));

        DiscordAnswer resolved = await discord.SendAsync(DiscordInteractions.SlashCommand(
            DiscordInteractions.Agent, "incident", "resolve", ("id", "INC-1001"), ("resolution", "Restarted the VPN concentrator")));

        Assert.Contains("INC-1001", resolved.Text, StringComparison.Ordinal);
        FakeDiscordCall open = await _discord.Api.WaitForCallAsync(
            call => call.Method == "POST" && call.Path == "/users/@me/channels"
                && (string?)call.Json?["recipient_id"] == DiscordInteractions.Requester,
            Eventually.Limit,
            TestContext.Current.CancellationToken);
        Assert.Equal("Bot " + DiscordFakes.BotToken, open.Authorization);
        string directChannel = await DirectChannelOfAsync(DiscordInteractions.Requester);
        IReadOnlyList<JsonObject> messages = await Eventually.UntilAsync(
            () => Task.FromResult(_discord.Api.MessagesTo(directChannel)),
            seen => seen.Any(message => IsResolutionNotice(message.ToJsonString())),
            "a direct message to the requester saying INC-1001 is resolved");
        JsonObject notice = messages.First(message => IsResolutionNotice(message.ToJsonString()));
        Assert.Empty(notice["allowed_mentions"]!["parse"]!.AsArray());
        List<FakeDiscordCall> calls = [.. _discord.Api.Calls];
        int opened = calls.IndexOf(open);
        int posted = calls.FindIndex(call => call.Method == "POST" && call.Path == $"/channels/{directChannel}/messages");
        Assert.True(opened >= 0 && opened < posted, "the DM channel is opened, then posted to");
        Assert.Equal("Bot " + DiscordFakes.BotToken, calls[posted].Authorization);
    }

    public void Dispose() => _discord.Dispose();

    private static bool IsResolutionNotice(string message) =>
        message.Contains("INC-1001", StringComparison.Ordinal) && message.Contains("is now **Resolved**", StringComparison.Ordinal);

    /// <summary>The fake hands out one DM channel per recipient, as Discord does; asking again names the one the bot got.</summary>
    private async Task<string> DirectChannelOfAsync(string userId)
    {
        using HttpMessageInvoker api = new(_discord.Api, disposeHandler: false);
        using HttpRequestMessage request = new(HttpMethod.Post, new Uri(FakeDiscordApi.BaseUrl + "/users/@me/channels"))
        {
            Content = JsonContent(new JsonObject { ["recipient_id"] = userId }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bot " + DiscordFakes.BotToken);
        using HttpResponseMessage response = await api.SendAsync(request, TestContext.Current.CancellationToken);
        JsonNode channel = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        return (string)channel["id"]!;
    }

    private static StringContent JsonContent(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
