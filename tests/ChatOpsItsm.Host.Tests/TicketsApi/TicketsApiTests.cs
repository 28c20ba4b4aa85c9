using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.TicketsApi;

public sealed class TicketsApiTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("/api/tickets/INC-9999", HttpStatusCode.NotFound, "no incident INC-9999")]
    [InlineData("/api/tickets/CHG-1001", HttpStatusCode.NotFound, "no change CHG-1001")]
    [InlineData("/api/tickets/PRB-1001", HttpStatusCode.NotFound, "no problem PRB-1001")]
    [InlineData("/api/tickets/REQ-1001", HttpStatusCode.NotFound, "no service request REQ-1001")]
    [InlineData("/api/tickets/RLS-1001", HttpStatusCode.NotFound, "no release RLS-1001")]
    [InlineData("/api/tickets/not-an-id", HttpStatusCode.BadRequest, "INC-1001")]
    [InlineData("/api/tickets/INC-12", HttpStatusCode.BadRequest, "INC-1001")]
    [InlineData("/api/tickets?type=widget", HttpStatusCode.BadRequest, "type 'widget'")]
    [InlineData("/api/tickets?type=request&state=sleeping", HttpStatusCode.BadRequest, "state 'sleeping' is not a request state")]
    [InlineData("/api/tickets?type=problem&state=Draft", HttpStatusCode.BadRequest, "state 'Draft' is not a problem state")]
    [InlineData("/api/tickets?type=problem&state=Draft", HttpStatusCode.BadRequest, "Root Cause Analysis, Known Error, Resolved or Closed")]
    [InlineData("/api/tickets?type=release&state=Authorize", HttpStatusCode.BadRequest, "state 'Authorize' is not a release state")]
    [InlineData("/api/tickets?type=release&priority=P1", HttpStatusCode.BadRequest, "priority applies to incidents only")]
    [InlineData("/api/tickets?type=request&pageSize=101", HttpStatusCode.BadRequest, "pageSize")]
    [InlineData("/api/tickets?state=sleeping", HttpStatusCode.BadRequest, "state must be")]
    [InlineData("/api/tickets?priority=P9", HttpStatusCode.BadRequest, "priority must be")]
    [InlineData("/api/tickets?priority=1", HttpStatusCode.BadRequest, "priority must be")]
    [InlineData("/api/tickets?pageSize=0", HttpStatusCode.BadRequest, "pageSize")]
    [InlineData("/api/tickets?pageSize=101", HttpStatusCode.BadRequest, "pageSize")]
    [InlineData("/api/tickets?pageSize=ten", HttpStatusCode.BadRequest, "pageSize")]
    public async Task Get_BadOrUnknown_IsProblem(string path, HttpStatusCode expected, string detailPart)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detailPart, (string?)JsonNode.Parse(text)!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTicket_New_HasSlaDueTimesFromItsPriority()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        await new LocalChatClient(host.CreateClient()).SayAsync("alice", "incident report Mail down service:email impact:high urgency:high");

        JsonObject ticket = await new TicketsApiClient(host.CreateClient()).GetAsync("inc-1001");

        Assert.Equal("INC-1001", (string?)ticket["id"]);
        Assert.Equal("incident", (string?)ticket["type"]);
        Assert.Equal("P1", (string?)ticket["priority"]);
        Assert.Equal("high", (string?)ticket["impact"]);
        Assert.Equal("New", (string?)ticket["state"]);
        Assert.Null(ticket["assignee"]);
        DateTimeOffset created = ticket["createdAt"]!.GetValue<DateTimeOffset>();
        JsonObject sla = ticket["sla"]!.AsObject();
        Assert.Equal(created.AddMinutes(15), sla["responseDueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(created.AddHours(4), sla["resolutionDueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("00:15:00", (string?)sla["responseTarget"]);
        Assert.False((bool)sla["paused"]!);
        Assert.False((bool)sla["responseBreached"]!);
        JsonObject reported = ticket["audit"]!.AsArray().Single()!.AsObject();
        Assert.Equal("reported", (string?)reported["action"]);
        Assert.Equal("alice", (string?)reported["actorName"]);
        Assert.Contains(reported["changes"]!.AsArray(), c => (string?)c!["field"] == "priority" && c["old"] is null && (string?)c["new"] == "P1");
    }

    [Fact]
    public async Task List_FiltersByStateAndPriorityAndPages()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        await chat.SayAsync("alice", "incident report First service:email impact:high urgency:high");
        await chat.SayAsync("alice", "incident report Second service:email impact:medium urgency:medium");
        await chat.SayAsync("alice", "incident report Third service:vpn impact:low urgency:low");
        await chat.SayAsync("bob", "incident assign INC-1002 me");

        IReadOnlyList<string> all = await api.ListIdsAsync("?type=incident");
        IReadOnlyList<string> p1 = await api.ListIdsAsync("?priority=P1");
        IReadOnlyList<string> fresh = await api.ListIdsAsync("?state=New");
        IReadOnlyList<string> working = await api.ListIdsAsync("?state=in-progress");
        IReadOnlyList<string> open = await api.ListIdsAsync("?state=open");
        JsonObject firstPage = await api.ListAsync("?pageSize=2");
        string token = (string)firstPage["continuationToken"]!;
        JsonObject secondPage = await api.ListAsync($"?pageSize=2&continuation={Uri.EscapeDataString(token)}");

        Assert.Equal(["INC-1001", "INC-1002", "INC-1003"], all.Order());
        Assert.Equal(["INC-1001"], p1);
        Assert.Equal(["INC-1001", "INC-1003"], fresh.Order());
        Assert.Equal(["INC-1002"], working);
        Assert.Equal(3, open.Count);
        Assert.Equal(2, firstPage["items"]!.AsArray().Count);
        Assert.Single(secondPage["items"]!.AsArray());
        Assert.Null(secondPage["continuationToken"]);
        JsonObject item = firstPage["items"]![0]!.AsObject();
        Assert.Equal(["id", "title", "service", "priority", "state", "requester", "assignee", "updatedAt", "major", "partOf"], item.Select(p => p.Key));
    }
}
