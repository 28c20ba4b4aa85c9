using System.Net;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.DiscordChannel;

/// <summary>
/// Brief §1: Discord checks the Interactions Endpoint URL with a signed PING, which must get exactly a JSON PONG, and
/// with badly signed ones, which must never get it. Either mistake makes Discord remove the URL.
/// </summary>
public sealed class DiscordPingTests(AzuriteFixture azurite) : IDisposable
{
    private readonly DiscordFakes _discord = new();

    [Fact]
    public async Task Ping_Signed_AnswersPongAsJson()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));

        DiscordAnswer answer = await _discord.Client(host).PostAsync(DiscordInteractions.Ping());

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        Assert.Equal("""{"type":1}""", answer.Body);
        Assert.Empty(_discord.Api.Calls);
    }

    [Fact]
    public async Task Ping_SignedByAnotherKey_IsUnauthorizedNotPong()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));

        DiscordAnswer answer = await _discord.Client(host).PostSignedByAnotherKeyAsync(DiscordInteractions.Ping());

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.DoesNotContain("\"type\":1", answer.Body, StringComparison.Ordinal);
    }

    public void Dispose() => _discord.Dispose();
}
