using System.Text.RegularExpressions;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.LocalChannel;

/// <summary>
/// Major incidents in the local chat end to end: the war room is a <c>thread:</c> conversation under a channel, never
/// under a <c>dm:</c> one, and a <c>!timeline</c> line typed in it lands on the incident's timeline.
/// </summary>
public sealed partial class LocalWarRoomTests(AzuriteFixture azurite)
{
    private const string Opened = "Opened the thread";

    [Fact]
    public async Task MajorDeclare_InAChannel_OpensTheWarRoomUnderIt()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient general = new(host.CreateClient(), "general");
        await general.SayAsync("alice", "incident report Payments API returns 502 service:erp impact:high urgency:high");

        await general.SayAsync("bob", "major declare INC-1001");

        IReadOnlyList<string> texts = await new LocalConversationClient(host.CreateClient()).WaitForTextAsync("general", Opened);
        Assert.StartsWith("thread:general:", WarRoomOf(texts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MajorDeclare_InADirectConversation_OpensTheWarRoomUnderTheOnCallRouteInstead()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient direct = new(host.CreateClient(), "dm:bob");
        LocalConversationClient conversations = new(host.CreateClient());
        await direct.SayAsync("bob", "incident report Payments API returns 502 service:erp impact:high urgency:high");

        await direct.SayAsync("bob", "major declare INC-1001");

        IReadOnlyList<string> onCall = await conversations.WaitForTextAsync("oncall", Opened);
        Assert.StartsWith("thread:oncall:", WarRoomOf(onCall), StringComparison.Ordinal);
        Assert.Equal(0, LocalConversationClient.CountContaining(await conversations.TextsAsync("dm:bob"), Opened));
    }

    [Fact]
    public async Task Timeline_LineTypedInTheWarRoom_IsOnTheIncidentsReview()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient general = new(host.CreateClient(), "general");
        await general.SayAsync("alice", "incident report Payments API returns 502 service:erp impact:high urgency:high");
        await general.SayAsync("bob", "major declare INC-1001");
        string warRoom = WarRoomOf(await new LocalConversationClient(host.CreateClient()).WaitForTextAsync("general", Opened));

        LocalChatResponse added = await new LocalChatClient(host.CreateClient(), warRoom).SayAsync("bob", "!timeline DB failover finished");
        LocalChatResponse elsewhere = await general.SayAsync("bob", "!timeline not in a war room");
        string review = await host.CreateClient().GetStringAsync(new Uri("/api/tickets/INC-1001/review", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("INC-1001", added.AllText, StringComparison.Ordinal);
        Assert.Contains("timeline", added.AllText, StringComparison.Ordinal);
        Assert.Contains("DB failover finished", review, StringComparison.Ordinal);
        Assert.DoesNotContain("not in a war room", review, StringComparison.Ordinal);
        Assert.Contains("isn't a war room", elsewhere.AllText, StringComparison.Ordinal);
    }

    private static string WarRoomOf(IReadOnlyList<string> texts)
    {
        Match match = texts.Select(text => ThreadId().Match(text)).First(m => m.Success);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("`(thread:[^`]+)`")]
    private static partial Regex ThreadId();
}
