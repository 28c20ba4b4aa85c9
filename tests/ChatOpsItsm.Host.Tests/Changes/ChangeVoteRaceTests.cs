using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.Changes;

/// <summary>
/// Issue 6 §5, the vote race: a CAB of five with a quorum of five votes at the same instant through two instances on
/// the same tables and queue. Every vote lands (each ETag conflict is re-read and re-applied), the change is decided
/// once, and the card in <c>local:cab</c> ends as one copy showing the decision.
/// </summary>
public sealed class ChangeVoteRaceTests(AzuriteFixture azurite)
{
    private static readonly string[] Approvers = ["ann", "ben", "cas", "dov", "eli"];

    [Fact]
    public async Task FiveApproversAtOnceOnTwoInstances_OneDecision_EveryVoteCounted()
    {
        string tables = azurite.UniqueName("h");
        Dictionary<string, string?> settings = DeliverySettings.Fast(azurite.UniqueName("q"));
        settings["Itsm:Changes:Policies:normal:Quorum"] = "5";
        for (int i = 0; i < Approvers.Length; i++)
        {
            settings[$"Itsm:Roles:cab:{i}"] = "local:" + Approvers[i];
        }

        await using ItsmHostFactory first = new(azurite, tables, settings);
        await using ItsmHostFactory second = new(azurite, tables, settings);
        LocalChatClient[] chats = [new(first.CreateClient(), "cab"), new(second.CreateClient(), "cab")];
        await chats[0].SayAsync("alice", ChangeScript.Draft());
        await chats[0].SayAsync("alice", ChangeScript.Submit());

        LocalChatResponse[] answers = await Task.WhenAll(
            Approvers.Select((approver, i) => chats[i % 2].SayAsync(approver, $"change approve {ChangeScript.Id} ok from {approver}")));

        Assert.All(answers, answer => Assert.Contains(ChangeScript.Id, answer.AllText, StringComparison.Ordinal));
        JsonObject change = await new TicketsApiClient(second.CreateClient()).GetAsync(ChangeScript.Id);
        Assert.Equal("Scheduled", (string?)change["state"]);
        JsonObject voting = change["voting"]!.AsObject();
        Assert.Equal("approved", (string?)voting["decision"]);
        Assert.Equal(5, (int?)voting["tally"]!["approvals"]);
        Assert.Equal(5, (int?)voting["tally"]!["quorum"]);
        Assert.Equal(Approvers.Select(a => "local:" + a).Order(), voting["votes"]!.AsArray().Select(v => (string)v!["approver"]!["id"]!).Order());
        JsonArray audit = change["audit"]!.AsArray();
        List<JsonNode?> voted = [.. audit.Where(e => (string?)e!["action"] == "voted")];
        Assert.Equal(Approvers.Select(a => "local:" + a).Order(), voted.Select(e => (string)e!["actor"]!).Order());
        Assert.Single(audit, e => (string?)e!["action"] == "approved");
        Assert.Equal("approved", (string?)audit[^1]!["action"]);
        Assert.Equal(Enumerable.Range(1, audit.Count), audit.Select(e => (int)e!["sequence"]!));

        IReadOnlyList<JsonObject> copies = await new VoteCardCopies(first.CreateClient()).WaitForAsync(
            "cab", ChangeScript.Id, card => VoteCardCopies.Body(card).Contains("Approved", StringComparison.Ordinal), "approved");
        JsonObject copy = Assert.Single(copies);
        Assert.Equal(0, VoteCardCopies.ButtonCount(copy["card"]!.AsObject()));
        Assert.Equal("5 of 5 approvals", LocalChatResponse.Fact(copy["card"]!.AsObject(), "Votes"));
    }
}
