using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Teams;

namespace ChatOpsItsm.Host.Tests.TeamsChannel;

/// <summary>
/// Issue 4 §5: the Teams channel end to end through the host, against Azurite, with the local issuer signing the
/// Bot Connector's requests and the fake connector receiving the bot's calls.
/// </summary>
public sealed class TeamsMessagesEndToEndTests(AzuriteFixture azurite) : IDisposable
{
    private const string Report = "incident report VPN drops service:vpn urgency:high";
    private const string ReportId = "1700000000001";

    private readonly TeamsFakes _teams = new();

    [Fact]
    public async Task ReportFromPersonalChat_RepliesToTheActivityWithTheTicketIdAndCard()
    {
        await using ItsmHostFactory host = _teams.Host(azurite, TeamsFakes.Settings(azurite.UniqueName("q")));
        TeamsMessagesClient bot = new(host.CreateClient(), _teams.Issuer);

        using HttpResponseMessage response = await bot.PostAsync(TeamsActivities.PersonalMessage(TeamsUser.Ana, ReportId, Report));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        List<FakeConnectorCall> replies = RepliesTo(TeamsUser.Ana.PersonalConversationId, ReportId);
        Assert.NotEmpty(replies);
        Assert.All(replies, call => Assert.Equal("POST", call.Method));
        Assert.Contains(replies, call => ConnectorCalls.Text(call).Contains("INC-1001", StringComparison.Ordinal));
        JsonObject card = Assert.Single(replies.SelectMany(ConnectorCalls.Cards));
        Assert.Equal("New", ConnectorCalls.Fact(card, "State"));
        Assert.All(replies, call => Assert.Equal(ReportId, (string?)ConnectorCalls.Body(call)["replyToId"]));

        // The bearer is the one the fake token endpoint issued (fake-token-<n>), fetched once and reused.
        FakeConnectorCall token = Assert.Single(_teams.Connector.TokenCalls);
        Assert.Contains("client_secret=secret", token.Body, StringComparison.Ordinal);
        Assert.All(replies, call => Assert.StartsWith("Bearer fake-token-", call.Authorization, StringComparison.Ordinal));
        Assert.Single(replies.Select(call => call.Authorization).Distinct());
        Assert.Equal("teams:" + TeamsUser.Ana.AadObjectId, (string?)(await new TicketsApiClient(host.CreateClient()).GetAsync("INC-1001"))["requester"]!["id"]);
    }

    [Fact]
    public async Task ResolveByAnAgentOnTeams_RequesterGetsAProactiveDirectMessage()
    {
        await using ItsmHostFactory host = _teams.Host(azurite, TeamsFakes.Settings(azurite.UniqueName("q")));
        TeamsMessagesClient bot = new(host.CreateClient(), _teams.Issuer);
        await bot.SendAsync(TeamsActivities.PersonalMessage(TeamsUser.Ana, ReportId, Report));

        await bot.SendAsync(TeamsActivities.PersonalMessage(TeamsUser.Bob, "1700000000201", "incident assign INC-1001 me"));
        await bot.SendAsync(TeamsActivities.PersonalMessage(TeamsUser.Bob, "1700000000202", "incident resolve INC-1001 fixed"));

        IReadOnlyList<FakeConnectorCall> calls = await Eventually.UntilAsync(
            () => Task.FromResult(_teams.Connector.ConnectorCalls),
            seen => seen.Any(call => IsDirectPost(call) && ConnectorCalls.Text(call).Contains("Resolved", StringComparison.Ordinal)),
            "a direct message to the requester saying Resolved");

        // Each direct message opens (or finds again) the 1:1 chat with the requester, then posts into it.
        FakeConnectorCall resolved = calls.Last(call => IsDirectPost(call) && ConnectorCalls.Text(call).Contains("Resolved", StringComparison.Ordinal));
        FakeConnectorCall create = calls.TakeWhile(call => !ReferenceEquals(call, resolved)).Last(call => call.Path == ConnectorCalls.Base);
        JsonObject parameters = ConnectorCalls.Body(create);
        Assert.Equal("POST", create.Method);
        Assert.Equal(TeamsUser.Ana.Id, (string?)parameters["members"]![0]!["id"]);
        Assert.Equal(TeamsActivities.Tenant, (string?)parameters["tenantId"]);
        Assert.Equal(false, (bool?)parameters["isGroup"]);
        Assert.StartsWith(ConnectorCalls.Base + "/a%3Adirect-", resolved.Path, StringComparison.Ordinal);
        Assert.Contains("INC-1001", ConnectorCalls.Text(resolved), StringComparison.Ordinal);
        Assert.StartsWith("Bearer fake-token-", resolved.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignClickedOnTheCard_InvokeAnswersWithTheUpdatedCard()
    {
        await using ItsmHostFactory host = _teams.Host(azurite, TeamsFakes.Settings(azurite.UniqueName("q")));
        TeamsMessagesClient bot = new(host.CreateClient(), _teams.Issuer);
        await bot.SendAsync(TeamsActivities.PersonalMessage(TeamsUser.Ana, ReportId, Report));
        JsonObject data = new() { ["id"] = "INC-1001", ["user"] = "me", ["itsmAction"] = "incident.assign" };

        using HttpResponseMessage response = await bot.PostAsync(TeamsActivities.CardAction(TeamsUser.Bob, "f:assign-1", "incident.assign", data));

        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        JsonObject invokeResponse = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(200, (int?)invokeResponse["statusCode"]);
        Assert.Equal(ConnectorCalls.AdaptiveCard, (string?)invokeResponse["type"]);
        JsonObject card = invokeResponse["value"]!.AsObject();
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("In Progress", ConnectorCalls.Fact(card, "State"));
        JsonObject ticket = await new TicketsApiClient(host.CreateClient()).GetAsync("INC-1001");
        Assert.Equal("In Progress", (string?)ticket["state"]);
        Assert.Equal(TeamsUser.Bob.Identity, (string?)ticket["assignee"]!["id"]);
    }

    [Fact]
    public async Task RedeliveredActivity_ProcessedOnce_OneIncidentAndOneReply()
    {
        await using ItsmHostFactory host = _teams.Host(azurite, TeamsFakes.Settings(azurite.UniqueName("q")));
        TeamsMessagesClient bot = new(host.CreateClient(), _teams.Issuer);
        JsonObject activity = TeamsActivities.PersonalMessage(TeamsUser.Ana, ReportId, Report);
        await bot.SendAsync(activity);
        int repliesAfterFirst = RepliesTo(TeamsUser.Ana.PersonalConversationId, ReportId).Count;

        using HttpResponseMessage again = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(repliesAfterFirst > 0);
        Assert.Equal(repliesAfterFirst, RepliesTo(TeamsUser.Ana.PersonalConversationId, ReportId).Count);
        Assert.Equal(["INC-1001"], await new TicketsApiClient(host.CreateClient()).ListIdsAsync());
    }

    public void Dispose() => _teams.Dispose();

    private static bool IsDirectPost(FakeConnectorCall call) =>
        call.Method == "POST" && call.Path.StartsWith(ConnectorCalls.Base + "/a%3Adirect-", StringComparison.Ordinal);

    private List<FakeConnectorCall> RepliesTo(string conversationId, string activityId) =>
        [.. _teams.Connector.ConnectorCalls.Where(call => call.Path == ConnectorCalls.ReplyPath(conversationId, activityId))];
}
