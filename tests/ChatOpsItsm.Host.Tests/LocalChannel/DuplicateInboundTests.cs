using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.LocalChannel;

/// <summary>SPEC §6: a redelivered inbound event (same event id) is processed once, on any instance.</summary>
public sealed class DuplicateInboundTests(AzuriteFixture azurite)
{
    private const string Report = "incident report VPN drops service:vpn urgency:high";

    [Fact]
    public async Task SameEventIdTwice_OnTwoInstances_SecondIsDuplicateAndChangesNothing()
    {
        string tables = azurite.UniqueName("h");
        await using ItsmHostFactory first = new(azurite, tables);
        await using ItsmHostFactory second = new(azurite, tables);
        LocalConversationClient conversations = new(first.CreateClient());
        LocalChatResponse original = await new LocalChatClient(first.CreateClient()).SayAsync("alice", Report, "evt-dup");
        IReadOnlyList<JsonObject> before = await conversations.MessagesAsync("general");

        LocalChatResponse again = await new LocalChatClient(second.CreateClient()).SayAsync("alice", Report, "evt-dup");

        Assert.Contains("INC-1001", original.AllText, StringComparison.Ordinal);
        Assert.Equal(true, (bool?)again.Json["duplicate"]);
        Assert.Empty(again.Replies);
        Assert.Equal(["INC-1001"], await new TicketsApiClient(first.CreateClient()).ListIdsAsync());
        IReadOnlyList<JsonObject> after = await conversations.MessagesAsync("general");
        Assert.Equal(before.Select(m => m.ToJsonString()), after.Select(m => m.ToJsonString()));
    }

    [Fact]
    public async Task DifferentEventIds_SameText_AreTwoEvents()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());

        LocalChatResponse first = await chat.SayAsync("alice", Report, "evt-1");
        LocalChatResponse second = await chat.SayAsync("alice", Report, "evt-2");

        Assert.Equal(false, (bool?)first.Json["duplicate"]);
        Assert.Equal(false, (bool?)second.Json["duplicate"]);
        Assert.Equal(["INC-1001", "INC-1002"], (await new TicketsApiClient(host.CreateClient()).ListIdsAsync()).Order());
    }
}
