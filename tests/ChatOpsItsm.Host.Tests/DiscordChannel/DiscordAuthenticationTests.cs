using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.DiscordChannel;

/// <summary>
/// Brief §1 and §9: a request Discord did not sign for this application, or signed more than five minutes ago, is
/// refused with 401 before anything is read, and has no effect through the whole host: no ticket, no call out.
/// A signed body that is not JSON is a 400.
/// </summary>
public sealed class DiscordAuthenticationTests(AzuriteFixture azurite) : IDisposable
{
    private readonly DiscordFakes _discord = new();

    public static TheoryData<string> Defects =>
        ["no signature", "signature not hex", "signature too short", "another key", "body altered after signing", "timestamp 6 minutes old", "timestamp 6 minutes ahead"];

    [Theory]
    [MemberData(nameof(Defects))]
    public async Task InteractionsEndpoint_NotAuthentic_401AndNothingChanges(string defect)
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));
        DiscordInteractionsClient discord = _discord.Client(host);
        TicketsApiClient tickets = new(host.CreateClient());
        await discord.SendAsync(DiscordInteractions.Report("The genuine report", level: "low"));
        string listedBefore = (await tickets.ListAsync()).ToJsonString();
        int callsBefore = _discord.Api.Calls.Count;
        JsonObject forged = DiscordInteractions.Report("A forged report");

        DiscordAnswer answer = defect switch
        {
            "no signature" => await discord.PostUnsignedAsync(forged),
            "signature not hex" => await discord.PostWithSignatureAsync(forged, new string('z', 128)),
            "signature too short" => await discord.PostWithSignatureAsync(forged, new string('a', 64)),
            "another key" => await discord.PostSignedByAnotherKeyAsync(forged),
            "body altered after signing" => await discord.PostAlteredAsync(forged),
            "timestamp 6 minutes old" => await discord.PostSignedEarlierAsync(forged, TimeSpan.FromMinutes(6)),
            "timestamp 6 minutes ahead" => await discord.PostSignedEarlierAsync(forged, TimeSpan.FromMinutes(-6)),
            _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, null),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.DoesNotContain("forged", answer.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(listedBefore, (await tickets.ListAsync()).ToJsonString());
        Assert.Equal(["INC-1001"], await tickets.ListIdsAsync());
        Assert.Equal(callsBefore, _discord.Api.Calls.Count);
    }

    [Fact]
    public async Task InteractionsEndpoint_SignedButNotJson_400AndNothingChanges()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));

        DiscordAnswer answer = await _discord.Client(host).PostBytesAsync(Encoding.UTF8.GetBytes("""{"type":2,"id":"130000000000000099","data":{"""));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Empty(await new TicketsApiClient(host.CreateClient()).ListIdsAsync());
        Assert.Empty(_discord.Api.Calls);
    }

    public void Dispose() => _discord.Dispose();
}
