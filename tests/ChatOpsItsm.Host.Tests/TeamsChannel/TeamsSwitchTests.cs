using System.Net;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.TeamsChannel;

/// <summary><c>Teams:Enabled</c>: off by default, and then the messaging endpoint does not exist.</summary>
public sealed class TeamsSwitchTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task MessagesEndpoint_TeamsNotEnabled_IsNotFound()
    {
        using TeamsFakes teams = new();
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h")) { ReplaceServices = teams.Plug };
        TeamsMessagesClient bot = new(host.CreateClient(), teams.Issuer);

        using HttpResponseMessage response = await bot.PostAsync(TeamsActivities.PersonalMessage(TeamsUser.Ana, "1700000000001", "help"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(teams.Connector.Calls);
        Assert.Equal(0, teams.Issuer.MetadataRequests);
    }
}
