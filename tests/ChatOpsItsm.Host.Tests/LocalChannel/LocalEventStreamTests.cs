using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.LocalChannel;

/// <summary>The live feed of a local conversation (Server-Sent Events), read from storage so any instance serves it.</summary>
public sealed class LocalEventStreamTests(AzuriteFixture azurite)
{
    private static readonly ConversationAddress Live = new("local", "live");

    [Fact]
    public async Task Events_OnConnect_StartWithTheCursorAsTextEventStream()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), Fast());

        await using LocalEventFeed feed = await LocalEventFeed.OpenAsync(host.CreateClient(), "live");
        SseItem<string> first = await feed.NextAsync();

        Assert.Equal("text/event-stream", feed.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("cursor", first.EventType);
        Assert.False(string.IsNullOrEmpty(first.Data));
        Assert.Equal(first.Data, first.EventId);
    }

    [Fact]
    public async Task Events_ProactivePostOnAnotherInstance_ArrivesAsMessageEvent()
    {
        string tables = azurite.UniqueName("h");
        await using ItsmHostFactory reader = new(azurite, tables, Fast());
        await using ItsmHostFactory writer = new(azurite, tables, Fast());
        await using LocalEventFeed feed = await LocalEventFeed.OpenAsync(reader.CreateClient(), "live");
        await feed.NextAsync();

        await LocalChannelOf(writer).PostAsync(Live, Reply.Say("The mail relay is back."), "work-1", null, TestContext.Current.CancellationToken);

        JsonObject message = await feed.NextMessageAsync();
        Assert.Equal("work-1", (string?)message["id"]);
        Assert.Equal("bot", (string?)message["author"]);
        Assert.Equal("The mail relay is back.", (string?)message["text"]);
    }

    [Fact]
    public async Task Events_PostUnderTheSameMessageKey_ArrivesAsHigherRevisionOfTheSameMessage()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), Fast());
        IOutboundChannel local = LocalChannelOf(host);
        await using LocalEventFeed feed = await LocalEventFeed.OpenAsync(host.CreateClient(), "live");
        await feed.NextAsync();
        await local.PostAsync(Live, Reply.Say("Votes: 0 of 2"), "vote-1", "vote-card:CHG-1001", TestContext.Current.CancellationToken);
        JsonObject first = await feed.NextMessageAsync();

        await local.PostAsync(Live, Reply.Say("Votes: 1 of 2"), "vote-2", "vote-card:CHG-1001", TestContext.Current.CancellationToken);

        JsonObject updated = await feed.NextMessageAsync();
        Assert.Equal((string?)first["id"], (string?)updated["id"]);
        Assert.Equal("Votes: 1 of 2", (string?)updated["text"]);
        Assert.True((long)updated["revision"]! > (long)first["revision"]!, $"{updated["revision"]} after {first["revision"]}");
        Assert.Equal("vote-card:CHG-1001", (string?)updated["messageKey"]);
    }

    [Fact]
    public async Task Events_TypedMessage_ArrivesWithTheIdsThePostAnswered()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), Fast());
        await using LocalEventFeed feed = await LocalEventFeed.OpenAsync(host.CreateClient(), "live");
        await feed.NextAsync();

        LocalChatResponse answer = await new LocalChatClient(host.CreateClient(), "live").SayAsync("alice", "help", "evt-1");

        JsonObject mine = await feed.NextMessageAsync();
        JsonObject reply = await feed.NextMessageAsync();
        Assert.Equal("in:evt-1", (string?)mine["id"]);
        Assert.Equal("local:alice", (string?)mine["author"]);
        Assert.Equal("help", (string?)mine["text"]);
        Assert.Equal("out:evt-1:0", (string?)reply["id"]);
        Assert.Equal((string?)answer.Replies[0]["id"], (string?)reply["id"]);
    }

    [Fact]
    public async Task Events_InvalidConversationId_Is400()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), Fast());

        using HttpResponseMessage response = await host.CreateClient().GetAsync(
            new Uri($"/api/local/conversations/{new string('x', 101)}/events", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Dictionary<string, string?> Fast() => new(DeliverySettings.Fast(azurite.UniqueName("q")))
    {
        ["Channels:Local:PollInterval"] = "00:00:00.100",
    };

    private static IOutboundChannel LocalChannelOf(ItsmHostFactory host) =>
        host.Services.GetServices<IOutboundChannel>().Single(channel => channel.Platform == "local");
}
