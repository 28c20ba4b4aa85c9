using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Host.Tests.MajorIncidents;

/// <summary>
/// Issue 7: a major incident declared in a Teams team channel. The war room is a new thread in that channel (a
/// create-conversation call to the connector) holding the status board; <c>@bot !timeline …</c> typed in that thread
/// lands on the incident's timeline; <c>major join</c> answers with the Teams deep link to the thread.
/// </summary>
public sealed class TeamsWarRoomTests(AzuriteFixture azurite) : IDisposable
{
    private const string Id = "INC-1001";
    private const string DeclareActivity = "1700000000300";
    private const string TimelineActivity = "1700000000310";
    private const string JoinActivity = "1700000000320";
    private const string TimelineLine = "Relay restarted";
    private const string ThreadMarker = ";messageid=";

    private readonly TeamsFakes _teams = new();

    [Fact]
    public async Task DeclaredInATeamChannel_WarRoomIsANewThreadWithTheBoard_TimelineAndJoinWorkFromTeams()
    {
        await using ItsmHostFactory host = _teams.Host(azurite, TeamsFakes.Settings(azurite.UniqueName("q")));
        TeamsMessagesClient bot = new(host.CreateClient(), _teams.Issuer);
        TicketsApiClient tickets = new(host.CreateClient());
        await bot.SendAsync(TeamsActivities.BotAddedToTeam("f:team-added"));
        JsonObject declare = TeamsChannelActivities.NewPost(TeamsUser.Bob, DeclareActivity, "major declare Mail relay down service:email");
        string declaredIn = (string)declare["conversation"]!["id"]!;

        await bot.SendAsync(declare);

        Assert.Contains(RepliesTo(declaredIn, DeclareActivity), call => ConnectorCalls.Text(call).Contains($"Opened **{Id}**", StringComparison.Ordinal));

        // The war room: a new conversation in the team channel, started by the announcement ...
        FakeConnectorCall created = (await Eventually.UntilAsync(
            () => Task.FromResult(ThreadsCreated().FirstOrDefault()), call => call is not null, "the war room's create-conversation call"))!;
        JsonObject parameters = ConnectorCalls.Body(created);
        Assert.Equal(true, (bool?)parameters["isGroup"]);
        Assert.Equal(TeamsActivities.Tenant, (string?)parameters["tenantId"]);
        Assert.Equal(TeamsActivities.TeamChannelId, (string?)parameters["channelData"]!["channel"]!["id"]);
        Assert.Equal(TeamsActivities.BotId, (string?)parameters["bot"]!["id"]);
        Assert.Contains($"declared **{Id}**", (string?)parameters["activity"]!["text"], StringComparison.Ordinal);
        string thread = ConnectorCalls.AnsweredId(created);
        Assert.StartsWith(TeamsActivities.TeamChannelId + ThreadMarker, thread, StringComparison.Ordinal);
        Assert.NotEqual(declaredIn, thread);

        // ... then the status board posted into it; the incident names the thread as its war room.
        FakeConnectorCall board = (await Eventually.UntilAsync(
            () => Task.FromResult(_teams.Connector.ConnectorCalls.FirstOrDefault(call =>
                call.Method == "POST" && call.Path == ConnectorCalls.PostPath(thread) && call.Body.Contains("MAJOR " + Id, StringComparison.Ordinal))),
            call => call is not null,
            "the status board in the war room"))!;
        Assert.Equal(TeamsUser.Bob.Name, ConnectorCalls.Fact(Assert.Single(ConnectorCalls.Cards(board)), "Commander"));
        Assert.Equal("teams:" + thread, (string?)(await tickets.GetAsync(Id))["major"]!["warRoom"]);

        // A timeline line typed in the war room thread, the bot mentioned.
        await bot.SendAsync(TeamsChannelActivities.Message(TeamsUser.Bob, TimelineActivity, thread, "!timeline " + TimelineLine));

        FakeConnectorCall confirmation = Assert.Single(RepliesTo(thread, TimelineActivity));
        Assert.Equal($"Added to **{Id}**'s timeline.", ConnectorCalls.Text(confirmation));
        string boardInPlace = ConnectorCalls.PostPath(thread) + "/" + Uri.EscapeDataString(ConnectorCalls.AnsweredId(board));
        await Eventually.UntilAsync(
            () => Task.FromResult(_teams.Connector.ConnectorCalls.Count(call => call.Method == "PUT" && call.Path == boardInPlace)),
            updates => updates > 0,
            "the board updated in place");
        JsonObject timeline = Assert.Single(Events(await tickets.GetAsync(Id), "timeline"));
        Assert.Equal(TimelineLine, (string?)timeline["text"]);
        Assert.Equal(TeamsUser.Bob.Identity, (string?)timeline["actor"]);
        Assert.Equal("teams:" + thread, (string?)timeline["channel"]);

        // Joining from Teams gives the deep link to the thread.
        await bot.SendAsync(TeamsActivities.PersonalMessage(TeamsUser.Bob, JoinActivity, $"major join {Id}"));

        string messageId = thread[(thread.IndexOf(ThreadMarker, StringComparison.Ordinal) + ThreadMarker.Length)..];
        string link = $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(TeamsActivities.TeamChannelId)}/{messageId}"
            + $"?parentMessageId={messageId}&createdTime={messageId}";
        FakeConnectorCall joined = Assert.Single(RepliesTo(TeamsUser.Bob.PersonalConversationId, JoinActivity));
        Assert.Equal($"You joined **{Id}**. Its war room: {link}", ConnectorCalls.Text(joined));
        Assert.Single(Events(await tickets.GetAsync(Id), "joined"), e => (string?)e["actor"] == TeamsUser.Bob.Identity);
        Assert.Single(ThreadsCreated());
        Assert.Single(_teams.Connector.ConnectorCalls, call =>
            call.Method == "POST" && call.Path.StartsWith(ConnectorCalls.PostPath(thread), StringComparison.Ordinal)
            && call.Body.Contains("MAJOR " + Id, StringComparison.Ordinal));
    }

    public void Dispose() => _teams.Dispose();

    /// <summary>Create-conversation calls for a thread in a channel (a direct chat's names members, no channel).</summary>
    private List<FakeConnectorCall> ThreadsCreated() =>
        [.. _teams.Connector.ConnectorCalls.Where(call =>
            call.Method == "POST" && call.Path == ConnectorCalls.Base && ConnectorCalls.Body(call)["channelData"]?["channel"] is not null)];

    private List<FakeConnectorCall> RepliesTo(string conversationId, string activityId) =>
        [.. _teams.Connector.ConnectorCalls.Where(call => call.Method == "POST" && call.Path == ConnectorCalls.ReplyPath(conversationId, activityId))];

    private static IReadOnlyList<JsonObject> Events(JsonObject ticket, string action) =>
        [.. ticket["audit"]!.AsArray().Select(e => e!.AsObject()).Where(e => (string?)e["action"] == action)];
}
