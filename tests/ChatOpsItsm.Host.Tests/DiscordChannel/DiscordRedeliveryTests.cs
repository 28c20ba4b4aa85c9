using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.DiscordChannel;

/// <summary>
/// Brief §1 (our rule, issue 4): an interaction is handled once per id. The same interaction sent again, signed
/// afresh (a replay, or our own retry), is answered without being acted on again.
/// </summary>
public sealed class DiscordRedeliveryTests(AzuriteFixture azurite) : IDisposable
{
    private readonly DiscordFakes _discord = new();

    [Fact]
    public async Task IncidentReport_SameInteractionIdTwice_OneTicket()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));
        DiscordInteractionsClient discord = _discord.Client(host);
        JsonObject report = DiscordInteractions.Report(level: "low");
        DiscordAnswer first = await discord.SendAsync(report);

        DiscordAnswer again = await discord.SendAsync(report);

        Assert.Contains("INC-1001", first.Text, StringComparison.Ordinal);
        Assert.Equal(4, again.ResponseType);
        Assert.DoesNotContain("INC-1002", again.Text, StringComparison.Ordinal);
        Assert.Equal(["INC-1001"], await new TicketsApiClient(host.CreateClient()).ListIdsAsync());
    }

    public void Dispose() => _discord.Dispose();
}
