using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.Changes;

/// <summary>
/// <c>change edit</c> through the local web chat, against Azurite: alice drafts a change, corrects its rollback plan,
/// and the REST API shows the new plan and the <c>revised</c> audit event naming it.
/// </summary>
public sealed class ChangeEditLocalTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DraftThenEditRollback_ApiShowsTheNewPlanAndARevisedEvent()
    {
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"));
        LocalChatClient chat = new(host.CreateClient());
        TicketsApiClient api = new(host.CreateClient());
        await chat.SayAsync("alice", ChangeScript.Draft());

        LocalChatResponse edited = await chat.SayAsync("alice", $"change edit {ChangeScript.Id} rollback:\"fail over to the replica\"");

        Assert.Contains($"Revised **{ChangeScript.Id}**: rollback.", edited.AllText, StringComparison.Ordinal);
        JsonObject change = await api.GetAsync(ChangeScript.Id);
        Assert.Equal("Draft", (string?)change["state"]);
        Assert.Equal("fail over to the replica", (string?)change["rollbackPlan"]);
        Assert.Equal("apply patch", (string?)change["implementationPlan"]);
        JsonArray audit = change["audit"]!.AsArray();
        Assert.Equal(["drafted", "revised"], audit.Select(e => (string)e!["action"]!));
        JsonObject field = Assert.Single(audit[1]!["changes"]!.AsArray())!.AsObject();
        Assert.Equal("rollbackPlan", (string?)field["field"]);
        Assert.Equal("restore snapshot", (string?)field["old"]);
        Assert.Equal("fail over to the replica", (string?)field["new"]);
    }
}
