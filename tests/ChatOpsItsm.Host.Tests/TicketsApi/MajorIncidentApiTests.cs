using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.TicketsApi;

/// <summary>
/// Issue 7: the REST API shows a major incident's part (roles, war room, cadence, updates, links, follow-up actions) and
/// which major incident an incident is part of. The incidents are run through the local chat in <c>general</c>, where
/// bob is an agent; P1's status updates are due every 30 minutes.
/// </summary>
public sealed class MajorIncidentApiTests(AzuriteFixture azurite)
{
    private static readonly string[] MajorFields =
    [
        "declaredAt", "declaredBy", "declaredIn", "commander", "communications", "scribe", "warRoom", "cadence", "nextUpdateDueAt",
        "updateCount", "lastUpdate", "lastUpdateAt", "snoozedUntil", "remindersSent", "lastReminderAt", "mitigatedAt", "endedAt",
        "summary", "linkedIncidents", "actions",
    ];

    [Fact]
    public async Task GetTicket_MajorIncidentRunInTheChat_ShowsEveryMajorField()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        await chat.SayAsync("bob", "major declare Payments down service:email");
        await chat.SayAsync("bob", "major role INC-1001 comms local:carol");
        await chat.SayAsync("bob", "major update INC-1001 Failing over");
        await chat.SayAsync("bob", "major action INC-1001 Add an alert owner:local:carol");

        JsonObject ticket = await Eventually.UntilAsync(
            () => api.GetAsync("INC-1001"), t => t["major"]?["warRoom"] is not null, "INC-1001's war room recorded");

        Assert.Equal("P1", (string?)ticket["priority"]);
        Assert.True(ticket.ContainsKey("partOf"));
        Assert.Null(ticket["partOf"]);
        JsonObject major = ticket["major"]!.AsObject();
        Assert.Equal(MajorFields, major.Select(p => p.Key));
        Assert.Equal(ticket["createdAt"]!.GetValue<DateTimeOffset>(), major["declaredAt"]!.GetValue<DateTimeOffset>());
        AssertPerson("local:bob", "bob", major["declaredBy"]);
        Assert.Equal("local:general", (string?)major["declaredIn"]);
        AssertPerson("local:bob", "bob", major["commander"]);
        AssertPerson("local:carol", "carol", major["communications"]);
        Assert.Null(major["scribe"]);
        Assert.StartsWith("local:thread:general:", (string?)major["warRoom"], StringComparison.Ordinal);
        Assert.Equal("00:30:00", (string?)major["cadence"]);
        DateTimeOffset updatedAt = AuditAt(ticket, "update");
        Assert.Equal(updatedAt.AddMinutes(30), major["nextUpdateDueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(1, (int?)major["updateCount"]);
        Assert.Equal("Failing over", (string?)major["lastUpdate"]);
        Assert.Equal(updatedAt, major["lastUpdateAt"]!.GetValue<DateTimeOffset>());
        Assert.Null(major["snoozedUntil"]);
        Assert.Equal(0, (int?)major["remindersSent"]);
        Assert.Null(major["lastReminderAt"]);
        Assert.Null(major["mitigatedAt"]);
        Assert.Null(major["endedAt"]);
        Assert.Null(major["summary"]);
        Assert.Empty(major["linkedIncidents"]!.AsArray());
        JsonObject action = Assert.Single(major["actions"]!.AsArray())!.AsObject();
        Assert.Equal(["number", "text", "owner", "addedAt", "becameTicket"], action.Select(p => p.Key));
        Assert.Equal(1, (int?)action["number"]);
        Assert.Equal("Add an alert", (string?)action["text"]);
        AssertPerson("local:carol", "carol", action["owner"]);
        Assert.Equal(AuditAt(ticket, "action"), action["addedAt"]!.GetValue<DateTimeOffset>());
        Assert.Null(action["becameTicket"]);
    }

    [Fact]
    public async Task GetTicket_ActionRaisedAsProblem_ShowsTheTicketItBecame()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        await chat.SayAsync("bob", "major declare Payments down service:email");
        await chat.SayAsync("bob", "major action INC-1001 Add an alert");
        await chat.SayAsync("bob", "major raise INC-1001 1 problem");

        JsonObject ticket = await new TicketsApiClient(host.CreateClient()).GetAsync("INC-1001");

        JsonObject action = Assert.Single(ticket["major"]!["actions"]!.AsArray())!.AsObject();
        Assert.Equal("PRB-1001", (string?)action["becameTicket"]);
        Assert.True(action.ContainsKey("owner"));
        Assert.Null(action["owner"]);
    }

    [Fact]
    public async Task GetAndList_RoutineIncident_MajorNullAndPartOfNothing()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        await new LocalChatClient(host.CreateClient()).SayAsync("alice", "incident report Mail slow service:email impact:low urgency:low");
        TicketsApiClient api = new(host.CreateClient());

        JsonObject ticket = await api.GetAsync("INC-1001");
        JsonObject item = Assert.Single((await api.ListAsync("?type=incident"))["items"]!.AsArray())!.AsObject();

        Assert.True(ticket.ContainsKey("major"));
        Assert.Null(ticket["major"]);
        Assert.True(ticket.ContainsKey("partOf"));
        Assert.Null(ticket["partOf"]);
        Assert.False((bool)item["major"]!);
        Assert.True(item.ContainsKey("partOf"));
        Assert.Null(item["partOf"]);
    }

    [Fact]
    public async Task GetAndList_IncidentLinkedToAMajorIncident_ShowWhatItIsPartOf()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        await chat.SayAsync("bob", "major declare Payments down service:email");
        await chat.SayAsync("alice", "incident report Mail slow service:email impact:low urgency:low");
        await chat.SayAsync("bob", "major link INC-1001 INC-1002");

        JsonObject parent = await api.GetAsync("INC-1001");
        JsonObject child = await api.GetAsync("INC-1002");
        JsonArray items = (await api.ListAsync("?type=incident"))["items"]!.AsArray();

        Assert.Equal(["INC-1002"], parent["major"]!["linkedIncidents"]!.AsArray().Select(id => (string)id!));
        Assert.Null(parent["partOf"]);
        Assert.Equal("INC-1001", (string?)child["partOf"]);
        Assert.Null(child["major"]);
        JsonNode listedParent = items.Single(i => (string?)i!["id"] == "INC-1001")!;
        JsonNode listedChild = items.Single(i => (string?)i!["id"] == "INC-1002")!;
        Assert.True((bool)listedParent["major"]!);
        Assert.Null(listedParent["partOf"]);
        Assert.False((bool)listedChild["major"]!);
        Assert.Equal("INC-1001", (string?)listedChild["partOf"]);
    }

    private static void AssertPerson(string id, string name, JsonNode? person)
    {
        Assert.NotNull(person);
        Assert.Equal(id, (string?)person["id"]);
        Assert.Equal(name, (string?)person["name"]);
    }

    /// <summary>When the one audit event of <paramref name="action"/> happened: the instant the engine read for that command.</summary>
    private static DateTimeOffset AuditAt(JsonObject ticket, string action) =>
        ticket["audit"]!.AsArray().Single(e => (string?)e!["action"] == action)!["at"]!.GetValue<DateTimeOffset>();
}
