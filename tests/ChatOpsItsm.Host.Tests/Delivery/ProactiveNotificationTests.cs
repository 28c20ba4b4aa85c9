using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.Delivery;

/// <summary>SPEC §4 proactive messages through the local channel, against Azurite with the host's own delivery workers.</summary>
public sealed class ProactiveNotificationTests(AzuriteFixture azurite)
{
    private const string ReportP1 = "incident report Mail is down for everyone service:email impact:high urgency:high";

    [Fact]
    public async Task ReportP1_OnCallConversation_GetsTheNoticeWithinSeconds()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), DeliverySettings.Fast(azurite.UniqueName("q")));
        LocalChatClient chat = new(host.CreateClient());

        await chat.SayAsync("alice", ReportP1);

        IReadOnlyList<string> oncall = await new LocalConversationClient(host.CreateClient()).WaitForTextAsync("oncall", "INC-1001");
        Assert.Contains(oncall, text => text.Contains("New **P1** incident **INC-1001**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AssignAndResolve_Requester_IsToldOfEachStateInTheirDirectMessages()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), DeliverySettings.Fast(azurite.UniqueName("q")));
        LocalChatClient chat = new(host.CreateClient());
        LocalConversationClient conversations = new(host.CreateClient());
        await chat.SayAsync("alice", ReportP1);

        await chat.SayAsync("bob", "incident assign INC-1001 me");
        await chat.SayAsync("bob", "incident resolve INC-1001 restarted the mail relay");

        await conversations.WaitForTextAsync("dm:alice", "is now **Resolved**");
        IReadOnlyList<string> direct = await conversations.TextsAsync("dm:alice");
        Assert.Equal(1, LocalConversationClient.CountContaining(direct, "is now **In Progress**"));
        Assert.Equal(1, LocalConversationClient.CountContaining(direct, "is now **Resolved**"));
        Assert.Contains(direct, text => text.Contains("restarted the mail relay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotifyOff_ThenReopenAndResolve_RequesterGetsNoFurtherStateMessages()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), DeliverySettings.Fast(azurite.UniqueName("q")));
        LocalChatClient chat = new(host.CreateClient());
        LocalConversationClient conversations = new(host.CreateClient());
        await chat.SayAsync("alice", ReportP1);
        await chat.SayAsync("bob", "incident assign INC-1001 me");
        await chat.SayAsync("bob", "incident resolve INC-1001 restarted the mail relay");
        int before = (await conversations.WaitForTextAsync("dm:alice", "is now **Resolved**")).Count;

        await chat.SayAsync("alice", "notify off");
        await chat.SayAsync("bob", "incident reopen INC-1001 the relay fell over again");
        await chat.SayAsync("bob", "incident resolve INC-1001 replaced the relay");
        await Sentinel.SendAsync(host.Services, new UserIdentity("local", "alice"), TimeSpan.Zero);

        IReadOnlyList<string> direct = await conversations.WaitForTextAsync("dm:alice", Sentinel.Text);
        Assert.Equal(before + 1, direct.Count);
        Assert.Equal(1, LocalConversationClient.CountContaining(direct, "is now **Resolved**"));
        Assert.DoesNotContain(direct, text => text.Contains("replaced the relay", StringComparison.Ordinal));
    }
}
