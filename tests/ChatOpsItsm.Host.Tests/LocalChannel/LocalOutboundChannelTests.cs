using System.Text.Json.Nodes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.LocalChannel;

/// <summary>The local channel's outbound side on the real conversation store: idempotent by delivery key.</summary>
public sealed class LocalOutboundChannelTests(AzuriteFixture azurite)
{
    private static readonly UserIdentity Alice = new("local", "alice");
    private static readonly ConversationAddress General = new("local", "general");

    [Fact]
    public async Task SendDirect_ToLocalAlice_LandsOnceInDmAlice()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        IOutboundChannel local = LocalChannelOf(host);

        await local.SendDirectAsync(Alice, Reply.Say("Your incident is resolved."), "work-1", TestContext.Current.CancellationToken);
        await local.SendDirectAsync(Alice, Reply.Say("Your incident is resolved."), "work-1", TestContext.Current.CancellationToken);

        JsonObject message = Assert.Single(await new LocalConversationClient(host.CreateClient()).MessagesAsync("dm:alice"));
        Assert.Equal("work-1", (string?)message["id"]);
        Assert.Equal("bot", (string?)message["author"]);
    }

    [Fact]
    public async Task Update_ByMessageKey_ReplacesTheContentInPlace()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        IOutboundChannel local = LocalChannelOf(host);
        await local.PostAsync(General, Reply.Say("Votes: 0 of 2"), "work-1", "vote-card:CHG-1001", TestContext.Current.CancellationToken);

        await local.UpdateAsync("vote-card:CHG-1001", Reply.Say("Votes: 2 of 2"), TestContext.Current.CancellationToken);

        JsonObject message = Assert.Single(await new LocalConversationClient(host.CreateClient()).MessagesAsync("general"));
        Assert.Equal("work-1", (string?)message["id"]);
        Assert.Equal("Votes: 2 of 2", (string?)message["text"]);
    }

    [Fact]
    public async Task OpenThread_TwiceWithTheSameKey_OneThreadWithItsFirstMessageAndOnePointer()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        IOutboundChannel local = LocalChannelOf(host);
        LocalConversationClient conversations = new(host.CreateClient());

        ConversationAddress thread = await local.OpenThreadAsync(General, "INC-1001 war room", Reply.Say("Commander: bob"), "major:INC-1001", TestContext.Current.CancellationToken);
        ConversationAddress again = await local.OpenThreadAsync(General, "INC-1001 war room", Reply.Say("Commander: bob"), "major:INC-1001", TestContext.Current.CancellationToken);

        Assert.Equal(thread, again);
        Assert.Equal("local", thread.Platform);
        Assert.Matches("^thread:general:[0-9a-f]{8}$", thread.ConversationId);
        Assert.Equal(["Commander: bob"], await conversations.TextsAsync(thread.ConversationId));
        string pointer = Assert.Single(await conversations.TextsAsync("general"));
        Assert.Contains(thread.ConversationId, pointer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ToAnotherPlatform_IsRefused()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        await Assert.ThrowsAsync<ArgumentException>(() => LocalChannelOf(host).PostAsync(
            new ConversationAddress("teams", "19:abc"), Reply.Say("hi"), "work-1", null, TestContext.Current.CancellationToken));
    }

    private static IOutboundChannel LocalChannelOf(ItsmHostFactory host) =>
        host.Services.GetServices<IOutboundChannel>().Single(channel => channel.Platform == "local");
}
