using System.Net;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using ChatOpsItsm.TestSupport.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.TeamsChannel;

/// <summary>
/// Issue 4 §1: the bot added to a team remembers the channel's conversation reference, so an on-call route to that
/// channel (<c>Itsm:Routes:OnCall</c>) reaches it proactively, whichever channel the incident came from.
/// </summary>
public sealed class TeamsInstallationTests(AzuriteFixture azurite) : IDisposable
{
    private const string ReportP1 = "incident report Mail is down for everyone service:email impact:high urgency:high";

    private readonly TeamsFakes _teams = new();

    [Fact]
    public async Task BotAddedToTeam_ThenP1ReportedInLocalChat_OnCallNoticeIsPostedToTheTeamChannel()
    {
        ConversationAddress channel = new("teams", TeamsActivities.TeamChannelId);
        Dictionary<string, string?> settings = TeamsFakes.Settings(azurite.UniqueName("q"));
        settings["Itsm:Routes:OnCall:0"] = channel.ToString();
        await using ItsmHostFactory host = _teams.Host(azurite, settings);
        TeamsMessagesClient bot = new(host.CreateClient(), _teams.Issuer);

        using HttpResponseMessage added = await bot.PostAsync(TeamsActivities.BotAddedToTeam("f:2f1f0a4b-0001"));
        ConversationReference? reference = await host.Services.GetRequiredService<IConversationReferences>()
            .FindConversationAsync(channel, TestContext.Current.CancellationToken);
        await new LocalChatClient(host.CreateClient()).SayAsync("alice", ReportP1);

        string channelPosts = ConnectorCalls.PostPath(TeamsActivities.TeamChannelId);
        IReadOnlyList<FakeConnectorCall> calls = await Eventually.UntilAsync(
            () => Task.FromResult(_teams.Connector.ConnectorCalls),
            seen => seen.Any(call => call.Path == channelPosts && ConnectorCalls.Cards(call).Count > 0),
            "the P1 card posted to the team channel");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.NotNull(reference);
        Assert.Equal(LocalOpenIdIssuer.ServiceUrl, reference.ChannelData["serviceUrl"]);
        Assert.Equal(TeamsActivities.Tenant, reference.ChannelData["tenantId"]);
        List<FakeConnectorCall> posts = [.. calls.Where(call => call.Path == channelPosts)];
        Assert.All(posts, call => Assert.Equal("POST", call.Method));
        Assert.Contains(posts, call => ConnectorCalls.Text(call).Contains("P1", StringComparison.Ordinal)
            && ConnectorCalls.Text(call).Contains("INC-1001", StringComparison.Ordinal));
        Assert.Contains("INC-1001", (string?)ConnectorCalls.Cards(posts.Last(call => ConnectorCalls.Cards(call).Count > 0))[0]["body"]![0]!["text"], StringComparison.Ordinal);
    }

    public void Dispose() => _teams.Dispose();
}
