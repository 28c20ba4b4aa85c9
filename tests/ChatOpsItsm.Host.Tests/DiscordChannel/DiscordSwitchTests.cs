using System.Net;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ChatOpsItsm.Host.Tests.DiscordChannel;

/// <summary>
/// <c>Discord:Enabled</c>: off by default, and then the interactions endpoint does not exist; on, the application must
/// be described correctly or the host does not start (a key typo would otherwise refuse every interaction).
/// </summary>
public sealed class DiscordSwitchTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task InteractionsEndpoint_DiscordNotEnabled_IsNotFound()
    {
        using DiscordFakes discord = new();
        await using ItsmHostFactory host = new(azurite, azurite.UniqueName("h")) { ReplaceServices = discord.Plug };

        DiscordAnswer answer = await discord.Client(host).PostAsync(DiscordInteractions.Ping());

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Empty(discord.Api.Calls);
    }

    [Fact]
    public async Task Host_DiscordEnabledWithAnInvalidPublicKey_RefusesToStartNamingTheSetting()
    {
        using DiscordFakes discord = new();
        Dictionary<string, string?> settings = discord.Settings(azurite.UniqueName("q"));
        settings["Discord:PublicKey"] = "not-a-public-key";
        await using ItsmHostFactory host = discord.Host(azurite, settings);

        // Program returns 1 before running the app, so the test server never starts.
        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => host.CreateClient());

        Assert.Contains("not been started", refused.Message, StringComparison.Ordinal);
        FakeLogRecord critical = Assert.Single(host.Services.GetFakeLogCollector().GetSnapshot(), record => record.Level == LogLevel.Critical);
        Assert.Contains("Discord:PublicKey", critical.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-public-key", critical.Message, StringComparison.Ordinal);
        Assert.Empty(discord.Api.Calls);
    }
}
