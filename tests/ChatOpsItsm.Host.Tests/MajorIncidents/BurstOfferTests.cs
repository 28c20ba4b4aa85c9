using System.Globalization;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.MajorIncidents;

/// <summary>
/// Issue 7 §1: a burst of incidents on one service. Two instances share storage and the queue; three people report
/// incidents on email at the same moment, across both. The on-call route gets one offer, not one per instance, naming
/// the three oldest first; its Declare button, clicked by an on-call engineer, makes the oldest major with the other
/// two part of it. An incident on another service makes no offer, nor does a second burst on email within the window.
/// </summary>
public sealed class BurstOfferTests(AzuriteFixture azurite)
{
    private const string OnCall = "oncall";
    private const string OnCallEngineer = "olga";
    private const string OfferTitle = "Burst on email: 3 incidents";

    /// <summary>How long nothing more may arrive: the workers poll every 100 ms, and an offer is queued before the report's answer.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task ReportsOnOneService_ConcurrentOnTwoInstances_OneOfferWhoseDeclareLinksThemAndNoSecondOfferInTheWindow()
    {
        string tables = azurite.UniqueName("h");
        Dictionary<string, string?> settings = Settings(azurite.UniqueName("q"));
        await using ItsmHostFactory first = new(azurite, tables, settings);
        await using ItsmHostFactory second = new(azurite, tables, settings);
        LocalChatClient viaFirst = new(first.CreateClient());
        LocalChatClient viaSecond = new(second.CreateClient());
        LocalConversationClient conversations = new(second.CreateClient());
        TicketsApiClient tickets = new(first.CreateClient());

        await Task.WhenAll(
            viaFirst.SayAsync("ana", Report("Mail bounces", "email")),
            viaSecond.SayAsync("carl", Report("Outlook cannot send", "email")),
            viaFirst.SayAsync("dora", Report("Shared mailbox is empty", "email")));

        // One offer, however many instances saw the burst: still one once the workers had time for a second.
        await Eventually.UntilAsync(() => OffersAsync(conversations), offers => offers.Count > 0, "the burst offer in oncall");
        await Task.Delay(Quiet, TestContext.Current.CancellationToken);
        JsonObject offer = Assert.Single(await OffersAsync(conversations));
        string[] oldestFirst = LocalChatResponse.Fact(offer, "Incidents").Split(", ");
        string oldest = oldestFirst[0];
        Assert.Equal(OfferTitle, (string?)offer["title"]);
        Assert.Equal(["INC-1001", "INC-1002", "INC-1003"], oldestFirst.Order(StringComparer.Ordinal));
        IReadOnlyList<DateTimeOffset> reportedAt = await ReportedAtAsync(tickets, oldestFirst);
        Assert.Equal(reportedAt.Order(), reportedAt);
        JsonObject declare = LocalChatResponse.Button(offer, "Declare major incident");
        Assert.Equal("major.declare", (string?)declare["actionId"]);
        Assert.Equal(oldest, (string?)declare["data"]!["target"]);
        Assert.Equal(string.Join(',', oldestFirst.Skip(1)), (string?)declare["data"]!["link"]);

        // The on-call engineer clicks Declare where the offer is.
        LocalChatResponse declared = await new LocalChatClient(second.CreateClient(), OnCall).ClickAsync(OnCallEngineer, declare);

        Assert.Contains($"**{oldest}**", declared.AllText, StringComparison.Ordinal);
        Assert.Contains("is now a major incident", declared.AllText, StringComparison.Ordinal);
        JsonObject major = await tickets.GetAsync(oldest);
        Assert.Equal("local:" + OnCallEngineer, (string?)major["major"]!["declaredBy"]!["id"]);
        Assert.Equal(oldestFirst.Skip(1), major["major"]!["linkedIncidents"]!.AsArray().Select(id => (string)id!));
        Assert.Null(major["partOf"]);
        foreach (string linked in oldestFirst.Skip(1))
        {
            JsonObject part = await tickets.GetAsync(linked);
            Assert.Equal(oldest, (string?)part["partOf"]);
            Assert.Null(part["major"]);
        }

        // Another service's incident, then a second burst on email (three new incidents, none major nor linked) within the window.
        await viaSecond.SayAsync("erik", Report("VPN drops", "vpn"));
        await Task.WhenAll(
            viaSecond.SayAsync("fay", Report("Calendar invites lost", "email")),
            viaFirst.SayAsync("gus", Report("Mail delayed by an hour", "email")),
            viaSecond.SayAsync("hal", Report("Attachments rejected", "email")));

        await Task.Delay(Quiet, TestContext.Current.CancellationToken);
        Assert.Equal(
            ["INC-1001", "INC-1002", "INC-1003", "INC-1004", "INC-1005", "INC-1006", "INC-1007"],
            (await tickets.ListIdsAsync()).Order(StringComparer.Ordinal));
        Assert.Single(await OffersAsync(conversations));
    }

    private static string Report(string title, string service) => $"incident report {title} service:{service} impact:medium urgency:medium";

    /// <summary>The offer cards posted to the on-call route, any service.</summary>
    private static async Task<IReadOnlyList<JsonObject>> OffersAsync(LocalConversationClient conversations) =>
        [.. (await conversations.MessagesAsync(OnCall))
            .Select(message => message["card"] as JsonObject)
            .OfType<JsonObject>()
            .Where(card => ((string?)card["title"] ?? "").StartsWith("Burst on ", StringComparison.Ordinal))];

    /// <summary>When each incident was reported (concurrent reports take their numbers in any order, so the oldest may be any).</summary>
    private static async Task<IReadOnlyList<DateTimeOffset>> ReportedAtAsync(TicketsApiClient tickets, IReadOnlyList<string> ids)
    {
        List<DateTimeOffset> reported = [];
        foreach (string id in ids)
        {
            JsonObject ticket = await tickets.GetAsync(id);
            reported.Add(DateTimeOffset.Parse((string)ticket["createdAt"]!, CultureInfo.InvariantCulture));
        }

        return reported;
    }

    private static Dictionary<string, string?> Settings(string queue)
    {
        Dictionary<string, string?> settings = DeliverySettings.Fast(queue);
        settings["Itsm:Major:BurstCount"] = "3";
        settings["Itsm:Major:BurstWindow"] = "00:10:00";
        settings["Itsm:Roles:oncall:0"] = "local:" + OnCallEngineer;
        return settings;
    }
}
