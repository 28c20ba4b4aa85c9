using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.TicketsApi;

/// <summary>
/// Issue 6 §5: the REST API shows and lists service requests, problems and releases with their votes and audit trails.
/// The records are made through the local chat: the example catalog's <c>new-laptop</c> (approved by the
/// <c>it-approvers</c>, carol and erin, quorum 1); bob is an agent; carol and dave are the Development <c>cab</c>.
/// </summary>
public sealed class RecordTypesApiTests(AzuriteFixture azurite)
{
    private const string Key = "test-key-4e2b9d1c7a3f4b60";

    private static readonly Dictionary<string, string?> Catalog = new()
    {
        ["Itsm:Roles:it-approvers:0"] = "local:carol",
        ["Itsm:Roles:it-approvers:1"] = "local:erin",
        ["Itsm:Routes:Approvers:it-approvers:0"] = "local:it-approvers",
        ["Itsm:Routes:Fulfillment:hardware:0"] = "local:hardware",
        ["Itsm:Catalog:0:Key"] = "new-laptop",
        ["Itsm:Catalog:0:Label"] = "New laptop",
        ["Itsm:Catalog:0:Description"] = "A new or replacement laptop; the IT approvers decide.",
        ["Itsm:Catalog:0:Fields:0:Name"] = "model",
        ["Itsm:Catalog:0:Fields:0:Label"] = "Model",
        ["Itsm:Catalog:0:Fields:0:Type"] = "choice",
        ["Itsm:Catalog:0:Fields:0:Required"] = "true",
        ["Itsm:Catalog:0:Fields:0:Choices:0"] = "standard",
        ["Itsm:Catalog:0:Fields:0:Choices:1"] = "developer",
        ["Itsm:Catalog:0:Fields:1:Name"] = "needed_by",
        ["Itsm:Catalog:0:Fields:1:Label"] = "Needed by",
        ["Itsm:Catalog:0:Fields:1:Type"] = "date",
        ["Itsm:Catalog:0:Fields:1:Required"] = "true",
        ["Itsm:Catalog:0:Approval:Type"] = "group",
        ["Itsm:Catalog:0:Approval:Group"] = "it-approvers",
        ["Itsm:Catalog:0:Approval:Quorum"] = "1",
        ["Itsm:Catalog:0:FulfillmentGroup"] = "hardware",
    };

    [Fact]
    public async Task GetRequest_Approved_HasFieldsVotingTallyVotesAndAudit()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), Catalog);
        LocalChatClient chat = new(host.CreateClient());
        await chat.SayAsync("alice", "request new new-laptop model:developer needed_by:2026-12-01");
        LocalChatResponse approved = await chat.SayAsync("carol", "request approve REQ-1001 budget ok");

        JsonObject request = await new TicketsApiClient(host.CreateClient()).GetAsync("req-1001");

        Assert.DoesNotContain("refused", approved.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("REQ-1001", (string?)request["id"]);
        Assert.Equal("request", (string?)request["type"]);
        Assert.Equal("new-laptop", (string?)request["item"]);
        Assert.Equal("New laptop", (string?)request["itemLabel"]);
        Assert.Equal("Approved", (string?)request["state"]);
        Assert.Equal("local:alice", (string?)request["requester"]!["id"]);
        Assert.Equal("group", (string?)request["approval"]);
        Assert.Null(request["approver"]);
        Assert.Equal("hardware", (string?)request["fulfillmentGroup"]);
        Assert.Null(request["assignee"]);
        Assert.Equal("local:general", (string?)request["channel"]);
        JsonArray fields = request["fields"]!.AsArray();
        Assert.Equal(["model", "needed_by"], fields.Select(f => (string)f!["name"]!));
        Assert.Equal(["Model", "Needed by"], fields.Select(f => (string)f!["label"]!));
        Assert.Equal(["developer", "2026-12-01"], fields.Select(f => (string)f!["value"]!));
        JsonObject voting = request["voting"]!.AsObject();
        Assert.Equal("it-approvers", (string?)voting["policy"]!["group"]);
        Assert.Equal(1, (int?)voting["policy"]!["quorum"]);
        Assert.True((bool)voting["policy"]!["vetoOnReject"]!);
        Assert.Equal("approved", (string?)voting["decision"]);
        Assert.NotNull(voting["decidedAt"]);
        Assert.Equal(1, (int?)voting["tally"]!["approvals"]);
        Assert.Equal(0, (int?)voting["tally"]!["rejections"]);
        Assert.Equal(1, (int?)voting["tally"]!["quorum"]);
        JsonObject vote = Assert.Single(voting["votes"]!.AsArray())!.AsObject();
        Assert.Equal("local:carol", (string?)vote["approver"]!["id"]);
        Assert.Equal("approve", (string?)vote["choice"]);
        Assert.Equal("budget ok", (string?)vote["comment"]);
        JsonArray audit = request["audit"]!.AsArray();
        Assert.True(audit.Count >= 2, audit.ToJsonString());
        Assert.Equal("alice", (string?)audit[0]!["actorName"]);
        Assert.Contains(audit, e => (string?)e!["actor"] == "local:carol");
        Assert.Equal(Enumerable.Range(1, audit.Count), audit.Select(e => (int)e!["sequence"]!));
    }

    [Fact]
    public async Task ListRequests_ByStateOpenAndAll_Pages()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), Catalog);
        LocalChatClient chat = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        await chat.SayAsync("alice", "request new new-laptop model:developer needed_by:2026-12-01");
        await chat.SayAsync("alice", "request new new-laptop model:standard needed_by:2026-12-02");
        await chat.SayAsync("alice", "request new new-laptop model:standard needed_by:2026-12-03");
        await chat.SayAsync("erin", "request approve REQ-1001");
        await chat.SayAsync("alice", "request cancel REQ-1002 not needed");

        IReadOnlyList<string> all = await api.ListIdsAsync("?type=request");
        IReadOnlyList<string> open = await api.ListIdsAsync("?type=request&state=open");
        IReadOnlyList<string> awaiting = await api.ListIdsAsync("?type=REQUEST&state=awaiting-approval");
        IReadOnlyList<string> approved = await api.ListIdsAsync("?type=request&state=Approved");
        IReadOnlyList<string> canceled = await api.ListIdsAsync("?type=request&state=canceled");
        IReadOnlyList<string> closed = await api.ListIdsAsync("?type=request&state=Closed");
        JsonObject firstPage = await api.ListAsync("?type=request&pageSize=2");
        string token = (string)firstPage["continuationToken"]!;
        JsonObject secondPage = await api.ListAsync($"?type=request&pageSize=2&continuation={Uri.EscapeDataString(token)}");

        Assert.Equal(["REQ-1001", "REQ-1002", "REQ-1003"], all.Order());
        Assert.Equal(["REQ-1001", "REQ-1003"], open.Order());
        Assert.Equal(["REQ-1003"], awaiting);
        Assert.Equal(["REQ-1001"], approved);
        Assert.Equal(["REQ-1002"], canceled);
        Assert.Empty(closed);
        Assert.Equal(2, firstPage["items"]!.AsArray().Count);
        Assert.Single(secondPage["items"]!.AsArray());
        Assert.Null(secondPage["continuationToken"]);
        Assert.Equal(
            ["REQ-1001", "REQ-1002", "REQ-1003"],
            firstPage["items"]!.AsArray().Concat(secondPage["items"]!.AsArray()).Select(i => (string)i!["id"]!).Order());
        JsonObject item = firstPage["items"]![0]!.AsObject();
        Assert.Equal(["id", "item", "itemLabel", "state", "requester", "assigneeName", "updatedAt"], item.Select(p => p.Key));
        Assert.Equal("new-laptop", (string?)item["item"]);
    }

    [Fact]
    public async Task GetAndListProblems_WithLinkedIncidentsRootCauseAndWorkaround()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        await chat.SayAsync("alice", "incident report Mail stuck service:email impact:high urgency:high");
        await chat.SayAsync("alice", "incident report Mail slow service:email impact:medium urgency:medium");
        LocalChatResponse raised = await chat.SayAsync("bob", "problem new Mail queue stalls from:INC-1001,INC-1002");
        await chat.SayAsync("bob", "problem rootcause PRB-1001 The worker leaks connections");
        await chat.SayAsync("bob", "problem workaround PRB-1001 Restart the worker");
        await chat.SayAsync("bob", "problem new \"DNS flaps\" service:vpn");
        await chat.SayAsync("bob", "problem new \"Old printer bug\" service:email");
        await chat.SayAsync("bob", "problem rootcause PRB-1003 Firmware");
        await chat.SayAsync("bob", "problem resolve PRB-1003 Firmware updated");

        JsonObject problem = await api.GetAsync("PRB-1001");
        IReadOnlyList<string> all = await api.ListIdsAsync("?type=problem");
        IReadOnlyList<string> open = await api.ListIdsAsync("?type=problem&state=open");
        JsonObject known = await api.ListAsync("?type=problem&state=known%20error");
        IReadOnlyList<string> fresh = await api.ListIdsAsync("?type=problem&state=New");
        IReadOnlyList<string> resolved = await api.ListIdsAsync("?type=problem&state=resolved");
        JsonObject firstPage = await api.ListAsync("?type=problem&pageSize=2");
        JsonObject secondPage = await api.ListAsync($"?type=problem&pageSize=2&continuation={Uri.EscapeDataString((string)firstPage["continuationToken"]!)}");

        Assert.Contains("PRB-1001", raised.AllText, StringComparison.Ordinal);
        Assert.Equal("PRB-1001", (string?)problem["id"]);
        Assert.Equal("problem", (string?)problem["type"]);
        Assert.Equal("Mail queue stalls", (string?)problem["title"]);
        Assert.Equal("email", (string?)problem["service"]);
        Assert.Equal("Known Error", (string?)problem["state"]);
        Assert.Equal(["INC-1001", "INC-1002"], problem["incidents"]!.AsArray().Select(i => (string)i!));
        Assert.Equal("The worker leaks connections", (string?)problem["rootCause"]);
        Assert.Equal("Restart the worker", (string?)problem["workaround"]);
        Assert.Null(problem["resolution"]);
        Assert.Equal("local:bob", (string?)problem["requester"]!["id"]);
        Assert.NotNull(problem["knownErrorAt"]);
        Assert.Null(problem["resolvedAt"]);
        JsonArray audit = problem["audit"]!.AsArray();
        Assert.True(audit.Count >= 3, audit.ToJsonString());
        Assert.All(audit, e => Assert.Equal("local:bob", (string?)e!["actor"]));

        Assert.Equal(["PRB-1001", "PRB-1002", "PRB-1003"], all.Order());
        Assert.Equal(["PRB-1001", "PRB-1002"], open.Order());
        Assert.Equal(["PRB-1002"], fresh);
        Assert.Equal(["PRB-1003"], resolved);
        JsonObject knownError = Assert.Single(known["items"]!.AsArray())!.AsObject();
        Assert.Equal(["id", "title", "service", "state", "workaround", "incidentCount", "updatedAt"], knownError.Select(p => p.Key));
        Assert.Equal("PRB-1001", (string?)knownError["id"]);
        Assert.Equal("Restart the worker", (string?)knownError["workaround"]);
        Assert.Equal(2, (int?)knownError["incidentCount"]);
        Assert.Equal(2, firstPage["items"]!.AsArray().Count);
        Assert.Single(secondPage["items"]!.AsArray());
        Assert.Null(secondPage["continuationToken"]);
    }

    [Fact]
    public async Task GetAndListReleases_WithWindowChangesAndAudit()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        await chat.SayAsync("alice", ChangeScript.Draft());
        await chat.SayAsync("alice", ChangeScript.Submit());
        await chat.SayAsync("carol", "change approve CHG-1001");
        LocalChatResponse scheduled = await chat.SayAsync("dave", "change approve CHG-1001");
        await chat.SayAsync("bob", "release new Spring release service:erp start:2027-03-02T22:00Z end:2027-03-02T23:30Z");
        LocalChatResponse added = await chat.SayAsync("bob", "release add RLS-1001 CHG-1001");
        await chat.SayAsync("bob", "release new Summer release");
        await chat.SayAsync("bob", "release new Dropped release");
        await chat.SayAsync("bob", "release cancel RLS-1003 not needed");

        JsonObject release = await api.GetAsync("RLS-1001");
        JsonObject bare = await api.GetAsync("RLS-1002");
        IReadOnlyList<string> all = await api.ListIdsAsync("?type=release");
        JsonObject open = await api.ListAsync("?type=release&state=open");
        IReadOnlyList<string> planning = await api.ListIdsAsync("?type=release&state=planning");
        IReadOnlyList<string> canceled = await api.ListIdsAsync("?type=release&state=Canceled");
        JsonObject firstPage = await api.ListAsync("?type=release&pageSize=2");
        JsonObject secondPage = await api.ListAsync($"?type=release&pageSize=2&continuation={Uri.EscapeDataString((string)firstPage["continuationToken"]!)}");

        Assert.Contains("Scheduled", scheduled.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("can't", added.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("RLS-1001", (string?)release["id"]);
        Assert.Equal("release", (string?)release["type"]);
        Assert.Equal("Spring release", (string?)release["title"]);
        Assert.Equal("erp", (string?)release["service"]);
        Assert.Equal("Planning", (string?)release["state"]);
        Assert.Equal(DateTimeOffset.Parse("2027-03-02T22:00Z", System.Globalization.CultureInfo.InvariantCulture), release["window"]!["start"]!.GetValue<DateTimeOffset>());
        Assert.Equal(DateTimeOffset.Parse("2027-03-02T23:30Z", System.Globalization.CultureInfo.InvariantCulture), release["window"]!["end"]!.GetValue<DateTimeOffset>());
        JsonObject change = Assert.Single(release["changes"]!.AsArray())!.AsObject();
        Assert.Equal("CHG-1001", (string?)change["id"]);
        Assert.Equal("Patch DB", (string?)change["title"]);
        Assert.Equal("local:bob", (string?)release["owner"]!["id"]);
        Assert.Null(release["deployedAt"]);
        JsonArray audit = release["audit"]!.AsArray();
        Assert.True(audit.Count >= 2, audit.ToJsonString());
        Assert.Contains(audit, e => e!["changes"]!.AsArray().Any(c => (string?)c!["new"] is { } value && value.Contains("CHG-1001", StringComparison.Ordinal))
            || ((string?)e["text"])?.Contains("CHG-1001", StringComparison.Ordinal) == true);
        Assert.Null(bare["service"]);
        Assert.Null(bare["window"]);
        Assert.Empty(bare["changes"]!.AsArray());

        Assert.Equal(["RLS-1001", "RLS-1002", "RLS-1003"], all.Order());
        Assert.Equal(["RLS-1001", "RLS-1002"], open["items"]!.AsArray().Select(i => (string)i!["id"]!).Order());
        Assert.Equal(["RLS-1001", "RLS-1002"], planning.Order());
        Assert.Equal(["RLS-1003"], canceled);
        JsonObject spring = open["items"]!.AsArray().Single(i => (string?)i!["id"] == "RLS-1001")!.AsObject();
        Assert.Equal(["id", "title", "service", "state", "window", "changeCount", "owner", "updatedAt"], spring.Select(p => p.Key));
        Assert.Equal(1, (int?)spring["changeCount"]);
        Assert.Equal(2, firstPage["items"]!.AsArray().Count);
        Assert.Single(secondPage["items"]!.AsArray());
        Assert.Null(secondPage["continuationToken"]);
    }

    [Theory]
    [InlineData("/api/tickets/REQ-1001")]
    [InlineData("/api/tickets/PRB-1001")]
    [InlineData("/api/tickets/RLS-1001")]
    [InlineData("/api/tickets?type=request")]
    [InlineData("/api/tickets?type=problem&state=open")]
    [InlineData("/api/tickets?type=release")]
    public async Task NewTypes_RemoteCaller_NeedTheApiKey(string path)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), new Dictionary<string, string?> { ["Api:Keys:0"] = Key })
        {
            RemoteAddress = IPAddress.Parse("203.0.113.9"),
        };
        using HttpClient keyed = host.CreateClient();
        keyed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using HttpClient anonymous = host.CreateClient();

        using HttpResponseMessage refused = await anonymous.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        using HttpResponseMessage answered = await keyed.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(path.Contains('?', StringComparison.Ordinal) ? HttpStatusCode.OK : HttpStatusCode.NotFound, answered.StatusCode);
    }
}
