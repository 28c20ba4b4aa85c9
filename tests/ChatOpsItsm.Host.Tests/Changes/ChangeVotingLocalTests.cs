using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.Changes;

/// <summary>
/// Issue 6 §1/§5 through the local web chat, against Azurite with the host's delivery workers: alice drafts and submits
/// a normal change, the CAB route (<c>local:cab</c>, the Development default) gets the vote card, carol (by the card's
/// button) and dave (by command) approve, and the change is Scheduled: the REST API shows it, the card is updated in
/// place and alice hears of it. Carol and dave are the Development <c>cab</c>.
/// </summary>
public sealed class ChangeVotingLocalTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SubmitThenTwoCabApprovals_ChangeIsScheduled_CardUpdatedInPlace_RequesterTold()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), DeliverySettings.Fast(azurite.UniqueName("q")));
        LocalChatClient chat = new(host.CreateClient());
        LocalChatClient cab = new(host.CreateClient(), "cab");
        VoteCardCopies copies = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        LocalChatResponse drafted = await chat.SayAsync("alice", ChangeScript.Draft());
        LocalChatResponse submitted = await chat.SayAsync("alice", ChangeScript.Submit());
        IReadOnlyList<JsonObject> posted = await copies.WaitForAsync("cab", ChangeScript.Id, card => VoteCardCopies.ButtonCount(card) == 3, "open");

        LocalChatResponse carol = await cab.ClickAsync("carol", LocalChatResponse.Button(posted.Single()["card"]!.AsObject(), "Approve"));
        LocalChatResponse dave = await chat.SayAsync("dave", "change approve CHG-1001 rollback tested");

        Assert.Contains(ChangeScript.Id, drafted.AllText, StringComparison.Ordinal);
        Assert.Contains("Authorize", submitted.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", carol.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Scheduled", dave.AllText, StringComparison.Ordinal);
        JsonObject change = await api.GetAsync(ChangeScript.Id);
        Assert.Equal("change", (string?)change["type"]);
        Assert.Equal("Scheduled", (string?)change["state"]);
        Assert.Equal("normal", (string?)change["changeType"]);
        Assert.Equal("erp", (string?)change["service"]);
        Assert.Equal("Patch DB", (string?)change["title"]);
        Assert.Equal("apply patch", (string?)change["implementationPlan"]);
        Assert.Equal("restore snapshot", (string?)change["rollbackPlan"]);
        Assert.Equal("local:alice", (string?)change["requester"]!["id"]);
        JsonObject voting = change["voting"]!.AsObject();
        Assert.Equal("cab", (string?)voting["policy"]!["group"]);
        Assert.Equal(2, (int?)voting["policy"]!["quorum"]);
        Assert.Equal("approved", (string?)voting["decision"]);
        Assert.NotNull(voting["decidedAt"]);
        Assert.Equal(2, (int?)voting["tally"]!["approvals"]);
        Assert.Equal(0, (int?)voting["tally"]!["rejections"]);
        JsonArray votes = voting["votes"]!.AsArray();
        Assert.Equal(["local:carol", "local:dave"], votes.Select(vote => (string)vote!["approver"]!["id"]!));
        Assert.All(votes, vote => Assert.Equal("approve", (string?)vote!["choice"]));
        Assert.Equal("rollback tested", (string?)votes[1]!["comment"]);
        Assert.Equal(["drafted", "submitted", "voted", "voted", "approved"], Actions(change));

        // One copy of the card in the CAB conversation, edited in place: no buttons once decided, the outcome stated.
        IReadOnlyList<JsonObject> final = await copies.WaitForAsync(
            "cab", ChangeScript.Id, card => VoteCardCopies.Body(card).Contains("Approved", StringComparison.Ordinal), "approved");
        JsonObject copy = Assert.Single(final);
        Assert.Equal((string?)posted.Single()["id"], (string?)copy["id"]);
        Assert.True((int)copy["revision"]! > (int)posted.Single()["revision"]!);
        Assert.Equal(0, VoteCardCopies.ButtonCount(copy["card"]!.AsObject()));
        Assert.Equal("2 of 2 approvals", LocalChatResponse.Fact(copy["card"]!.AsObject(), "Votes"));
        await new LocalConversationClient(host.CreateClient()).WaitForTextAsync("dm:alice", "is now **Scheduled**");
    }

    [Fact]
    public async Task VotesByANonMemberAndByTheRequester_AreRefused_AndChangeNothing()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), DeliverySettings.Fast(azurite.UniqueName("q")));
        LocalChatClient chat = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        await chat.SayAsync("alice", ChangeScript.Draft());
        await chat.SayAsync("alice", ChangeScript.Submit());
        string before = (await api.GetAsync(ChangeScript.Id)).ToJsonString();

        LocalChatResponse outsider = await chat.SayAsync("mallory", "change approve CHG-1001");
        LocalChatResponse requester = await chat.SayAsync("alice", "change approve CHG-1001 my own change");

        Assert.DoesNotContain("Scheduled", outsider.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Scheduled", requester.AllText, StringComparison.Ordinal);
        Assert.NotEqual("", outsider.AllText);
        Assert.NotEqual("", requester.AllText);
        JsonObject after = await api.GetAsync(ChangeScript.Id);
        Assert.Equal(before, after.ToJsonString());
        Assert.Equal("Authorize", (string?)after["state"]);
        Assert.Empty(after["voting"]!["votes"]!.AsArray());
    }

    [Fact]
    public async Task ListChanges_ByStateAndOpen_ReadsTheIndex()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        await chat.SayAsync("alice", ChangeScript.Draft("Patch DB"));
        await chat.SayAsync("alice", ChangeScript.Draft("Rotate certificates"));
        await chat.SayAsync("alice", ChangeScript.Submit("CHG-1002"));
        await chat.SayAsync("alice", "incident report Mail down service:email");

        IReadOnlyList<string> all = await api.ListIdsAsync("?type=change");
        IReadOnlyList<string> drafts = await api.ListIdsAsync("?type=change&state=draft");
        IReadOnlyList<string> voting = await api.ListIdsAsync("?type=CHANGE&state=Authorize");
        IReadOnlyList<string> open = await api.ListIdsAsync("?type=change&state=open&pageSize=1");
        IReadOnlyList<string> incidents = await api.ListIdsAsync();
        JsonObject item = (await api.ListAsync("?type=change&state=authorize"))["items"]![0]!.AsObject();

        Assert.Equal(["CHG-1001", "CHG-1002"], all.Order());
        Assert.Equal(["CHG-1001"], drafts);
        Assert.Equal(["CHG-1002"], voting);
        Assert.Single(open);
        Assert.Equal(["INC-1001"], incidents);
        Assert.Equal(
            ["id", "title", "changeType", "risk", "service", "state", "plannedWindow", "requester", "updatedAt"], item.Select(p => p.Key));
        Assert.Equal("Rotate certificates", (string?)item["title"]);
    }

    [Theory]
    [InlineData("/api/tickets?type=widget", "type 'widget'")]
    [InlineData("/api/tickets?type=change&state=sleeping", "state 'sleeping'")]
    [InlineData("/api/tickets?type=change&state=New", "state 'New'")]
    [InlineData("/api/tickets?type=change&priority=P1", "priority")]
    [InlineData("/api/tickets?type=change&pageSize=0", "pageSize")]
    [InlineData("/api/tickets/CHG-9999", "no change CHG-9999")]
    public async Task List_BadTypeOrState_IsProblemNamingTheValue(string path, string detailPart)
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));

        using HttpResponseMessage response = await host.CreateClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode is 400 or 404, text);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detailPart, (string?)JsonNode.Parse(text)!["detail"], StringComparison.Ordinal);
    }

    private static IEnumerable<string> Actions(JsonObject change) =>
        change["audit"]!.AsArray().Select(e => (string)e!["action"]!);
}
