using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Discord;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Host.Tests.Changes;

/// <summary>
/// Issue 6 §5: one change, approvers on Teams and on Discord. The CAB routes are a Teams team channel and a Discord
/// channel; the vote card is posted to both, the Teams approver approves by the card's Action.Execute, the Discord
/// approver by the button (<c>v1:change.approve:id=CHG-1001</c>), and both copies are edited in place (a connector
/// PUT, a Discord PATCH) to the decided card without buttons.
/// </summary>
public sealed class ChangeVotingAcrossPlatformsTests(AzuriteFixture azurite) : IDisposable
{
    private const string CabChannelId = "1500000000000000042";
    private const string ApproveButton = "v1:change.approve:id=CHG-1001";

    private static readonly TeamsUser Cara = new("29:1user-c", "44444444-4444-4444-4444-444444444444", "Cara Lind", "a:1personal-cara");

    private readonly TeamsFakes _teams = new();
    private readonly DiscordFakes _discord = new();

    [Fact]
    public async Task TeamsAndDiscordApprovers_VoteOnTheirCopies_BothCopiesUpdatedInPlaceWithoutButtons()
    {
        await using ItsmHostFactory host = Host();
        TeamsMessagesClient teams = new(host.CreateClient(), _teams.Issuer);
        await teams.SendAsync(TeamsActivities.BotAddedToTeam("f:cab-team-added"));
        LocalChatClient chat = new(host.CreateClient());
        await chat.SayAsync("alice", ChangeScript.Draft());

        await chat.SayAsync("alice", ChangeScript.Submit());

        FakeConnectorCall? teamsPost = await Eventually.UntilAsync(
            () => Task.FromResult(_teams.Connector.ConnectorCalls.FirstOrDefault(IsVoteCard)), call => call is not null, "the vote card on Teams");
        JsonObject discordPost = (await Eventually.UntilAsync(
            () => Task.FromResult(_discord.Api.MessagesTo(CabChannelId)), seen => seen.Count > 0, "the vote card on Discord"))[0];
        Assert.Equal("POST", teamsPost!.Method);
        Assert.Contains(ChangeScript.Id, discordPost.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ConnectorCalls.PostPath(TeamsActivities.TeamChannelId), teamsPost.Path);
        Assert.True(ActionsOf(teamsPost).Count > 0, teamsPost.Body);

        using HttpResponseMessage teamsClick = await teams.PostAsync(TeamsChannelActivities.CardAction(
            Cara, "f:approve-1", "1700000000500", "change.approve", new JsonObject { ["id"] = ChangeScript.Id, ["itsmAction"] = "change.approve" }));
        JsonObject click = DiscordInteractions.ButtonClick(DiscordInteractions.Bystander, ApproveButton, "Approve");
        click["channel_id"] = CabChannelId;
        click["message"]!["channel_id"] = CabChannelId;
        DiscordAnswer discordClick = await _discord.Client(host).SendAsync(click);

        Assert.Equal(HttpStatusCode.OK, teamsClick.StatusCode);
        Assert.True(discordClick.ResponseType is 4 or 7, discordClick.ToString());
        JsonObject change = await new TicketsApiClient(host.CreateClient()).GetAsync(ChangeScript.Id);
        Assert.Equal("Scheduled", (string?)change["state"]);
        Assert.Equal(
            [Cara.Identity, DiscordInteractions.Person(DiscordInteractions.Bystander)],
            change["voting"]!["votes"]!.AsArray().Select(vote => (string)vote!["approver"]!["id"]!));
        FakeConnectorCall? teamsUpdate = await Eventually.UntilAsync(
            () => Task.FromResult(_teams.Connector.ConnectorCalls.LastOrDefault(call => call.Method == "PUT" && IsVoteCard(call))),
            call => call is not null && CardText(call).Contains("Approved", StringComparison.Ordinal),
            "the Teams copy updated to Approved");
        FakeDiscordCall? discordUpdate = await Eventually.UntilAsync(
            () => Task.FromResult(_discord.Api.Calls.LastOrDefault(call => call.Method == "PATCH" && call.Path.StartsWith($"/channels/{CabChannelId}/messages/", StringComparison.Ordinal))),
            call => call is not null && call.Body.Contains("Approved", StringComparison.Ordinal),
            "the Discord copy updated to Approved");
        // One post per route, then edits of that one message: every PUT names the same activity in the team channel.
        Assert.Single(_teams.Connector.ConnectorCalls, call => call.Method == "POST" && IsVoteCard(call));
        Assert.StartsWith(ConnectorCalls.PostPath(TeamsActivities.TeamChannelId) + "/", teamsUpdate!.Path, StringComparison.Ordinal);
        Assert.Single(_teams.Connector.ConnectorCalls.Where(call => call.Method == "PUT" && IsVoteCard(call)).Select(call => call.Path).Distinct());
        Assert.Empty(ActionsOf(teamsUpdate));
        // The edit names the message the bot created for the route (the fake's first id), and leaves it without buttons.
        JsonObject edited = Assert.IsType<JsonObject>(_discord.Api.Message(discordUpdate!.Path.Split('/')[^1]));
        Assert.Equal(CabChannelId, (string?)edited["channel_id"]);
        Assert.Contains("Approved", edited.ToJsonString(), StringComparison.Ordinal);
        Assert.True(discordUpdate.Json!["components"] is not JsonArray { Count: > 0 }, discordUpdate.Body);
        Assert.Single(_discord.Api.MessagesTo(CabChannelId), message => message.ToJsonString().Contains("Vote: CHG-1001", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _teams.Dispose();
        _discord.Dispose();
    }

    private static bool IsVoteCard(FakeConnectorCall call) => ConnectorCalls.Cards(call).Any(card => CardText(card).Contains("Vote: CHG-1001", StringComparison.Ordinal));

    private static string CardText(FakeConnectorCall call) => string.Join('\n', ConnectorCalls.Cards(call).Select(CardText));

    private static string CardText(JsonObject card) => card["body"]!.ToJsonString();

    /// <summary>The card's buttons: the Action.Execute entries of its ActionSets and of its own actions.</summary>
    private static IReadOnlyList<JsonNode?> ActionsOf(FakeConnectorCall call) =>
        [.. ConnectorCalls.Cards(call).SelectMany(card => card["body"]!.AsArray()
            .Where(element => (string?)element!["type"] == "ActionSet")
            .SelectMany(element => element!["actions"]!.AsArray())
            .Concat(card["actions"] is JsonArray actions ? actions : []))];

    private ItsmHostFactory Host()
    {
        Dictionary<string, string?> settings = TeamsFakes.Settings(azurite.UniqueName("q"));
        foreach ((string key, string? value) in _discord.Settings("unused"))
        {
            settings.TryAdd(key, value);
        }

        settings["Itsm:Roles:cab:0"] = Cara.Identity;
        settings["Itsm:Roles:cab:1"] = DiscordInteractions.Person(DiscordInteractions.Bystander);
        settings["Itsm:Routes:Approvers:cab:0"] = "teams:" + TeamsActivities.TeamChannelId;
        settings["Itsm:Routes:Approvers:cab:1"] = "discord:" + CabChannelId;
        return new ItsmHostFactory(azurite, azurite.UniqueName("h"), settings)
        {
            ReplaceServices = services =>
            {
                _teams.Plug(services);
                _discord.Plug(services);
            },
        };
    }
}
