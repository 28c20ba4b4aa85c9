using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.LocalChannel;

/// <summary><c>GET /api/local/conversations/{id}/messages</c>: what the page shows on reload.</summary>
public sealed class LocalHistoryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Messages_AfterAConversation_HoldTheUserMessagesAndRepliesOldestFirst()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient(), "team");
        LocalChatResponse reported = await chat.SayAsync("alice", "incident report Printer jam service:email", "evt-1");

        IReadOnlyList<JsonObject> messages = await new LocalConversationClient(host.CreateClient()).MessagesAsync("team");

        Assert.Equal(["in:evt-1", .. reported.Replies.Select((_, index) => $"out:evt-1:{index}")], messages.Select(m => (string)m["id"]!));
        JsonObject mine = messages[0];
        Assert.Equal("local:alice", (string?)mine["author"]);
        Assert.Equal("alice", (string?)mine["authorName"]);
        Assert.Equal("incident report Printer jam service:email", (string?)mine["text"]);
        JsonObject reply = messages[^1];
        Assert.Equal("bot", (string?)reply["author"]);
        Assert.Equal("ITSM bot", (string?)reply["authorName"]);
        Assert.Equal(reported.Replies[^1].ToJsonString(), Without(reply, "author", "authorName", "at", "messageKey").ToJsonString());
    }

    [Fact]
    public async Task Messages_Max_ReturnsTheLatestOnes()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient(), "team");
        await chat.SayAsync("alice", "help", "evt-1");
        await chat.SayAsync("alice", "whoami", "evt-2");

        IReadOnlyList<JsonObject> messages = await new LocalConversationClient(host.CreateClient()).MessagesAsync("team", max: 1);

        JsonObject last = Assert.Single(messages);
        Assert.StartsWith("out:evt-2:", (string?)last["id"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_UnknownConversation_IsEmpty()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        IReadOnlyList<JsonObject> messages = await new LocalConversationClient(host.CreateClient()).MessagesAsync("nobody-here");

        Assert.Empty(messages);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("ten")]
    [InlineData("-1")]
    public async Task Messages_BadMax_Is400Problem(string max)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        using HttpResponseMessage response = await host.CreateClient().GetAsync(
            new Uri($"/api/local/conversations/team/messages?max={max}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Messages_LocalChannelDisabled_Is404()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), new Dictionary<string, string?> { ["Channels:Local:Enabled"] = "false" });

        using HttpResponseMessage messages = await host.CreateClient().GetAsync(
            new Uri("/api/local/conversations/team/messages", UriKind.Relative), TestContext.Current.CancellationToken);
        using HttpResponseMessage events = await host.CreateClient().GetAsync(
            new Uri("/api/local/conversations/team/events", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, messages.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
    }

    private static JsonObject Without(JsonObject message, params string[] names)
    {
        JsonObject copy = message.DeepClone().AsObject();
        foreach (string name in names)
        {
            copy.Remove(name);
        }

        return copy;
    }
}
