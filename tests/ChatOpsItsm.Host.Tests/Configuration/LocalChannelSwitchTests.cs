using System.Net;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.Configuration;

/// <summary><c>Channels:Local:Enabled</c>: on by default in Development, off elsewhere unless set to true.</summary>
public sealed class LocalChannelSwitchTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Staging", null, false)]
    public async Task LocalChannel_ByEnvironmentAndSetting_IsServedOrNotFound(string environment, string? enabled, bool served)
    {
        Dictionary<string, string?> settings = new() { ["Channels:Local:Enabled"] = enabled };
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h"), settings, environment);
        LocalChatClient chat = new(host.CreateClient());

        using HttpResponseMessage post = await chat.PostRawAsync("{\"user\":{\"id\":\"alice\"},\"conversation\":{\"id\":\"general\"},\"text\":\"help\"}");
        using HttpResponseMessage page = await host.CreateClient().GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        HttpStatusCode expected = served ? HttpStatusCode.OK : HttpStatusCode.NotFound;
        Assert.Equal(expected, post.StatusCode);
        Assert.Equal(expected, page.StatusCode);
    }
}
