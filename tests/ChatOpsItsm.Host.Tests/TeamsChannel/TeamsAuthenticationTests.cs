using System.Net;
using System.Text.Json.Nodes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOpsItsm.Host.Tests.TeamsChannel;

/// <summary>
/// Issue 4 §1: a request the Bot Connector did not sign for this bot and this service URL is refused with 401 and has
/// no effect through the whole host: no incident, no stored reference, no call out.
/// </summary>
public sealed class TeamsAuthenticationTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TeamsFakes _teams = new();

    public static TheoryData<string> Defects => ["no token", "wrong audience", "serviceUrl mismatch"];

    [Theory]
    [MemberData(nameof(Defects))]
    public async Task MessagesEndpoint_NotAuthentic_401AndNothingChanges(string defect)
    {
        await using ItsmHostFactory host = _teams.Host(azurite, TeamsFakes.Settings(azurite.UniqueName("q")));
        TeamsMessagesClient bot = new(host.CreateClient(), _teams.Issuer);
        TicketsApiClient tickets = new(host.CreateClient());
        await bot.SendAsync(TeamsActivities.PersonalMessage(TeamsUser.Ana, "1700000000001", "incident report VPN drops service:vpn urgency:high"));
        JsonObject listedBefore = await tickets.ListAsync();
        int callsBefore = _teams.Connector.Calls.Count;
        JsonObject forged = TeamsActivities.PersonalMessage(TeamsUser.Bob, "1700000000666", "incident report Printer on fire service:email urgency:high");

        using HttpResponseMessage response = defect switch
        {
            "no token" => await bot.PostAsync(forged, authorization: null),
            "wrong audience" => await bot.PostAsync(forged, token => token.Audience = "99999999-9999-9999-9999-999999999999"),
            "serviceUrl mismatch" => await bot.PostAsync(forged, token => token.ServiceUrl = "https://smba.trafficmanager.net/amer/"),
            _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, null),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // The host's bare problem details for the status: never why the token was refused.
        JsonObject problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        Assert.Equal(401, (int?)problem["status"]);
        Assert.Null(problem["detail"]);
        Assert.Equal(listedBefore.ToJsonString(), (await tickets.ListAsync()).ToJsonString());
        Assert.Equal(callsBefore, _teams.Connector.Calls.Count);
        IConversationReferences references = host.Services.GetRequiredService<IConversationReferences>();
        Assert.Null(await references.FindPersonAsync(UserIdentity.Parse(TeamsUser.Bob.Identity), TestContext.Current.CancellationToken));
        Assert.Null(await references.FindConversationAsync(
            new ConversationAddress("teams", TeamsUser.Bob.PersonalConversationId), TestContext.Current.CancellationToken));
    }

    public void Dispose() => _teams.Dispose();
}
