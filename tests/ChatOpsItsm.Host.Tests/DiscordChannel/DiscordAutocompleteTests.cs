using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.DiscordChannel;

/// <summary>Brief §3: autocomplete is answered at once (type 8, it cannot be deferred) with choices from storage.</summary>
public sealed class DiscordAutocompleteTests(AzuriteFixture azurite) : IDisposable
{
    private readonly DiscordFakes _discord = new();

    [Fact]
    public async Task IncidentShowId_AfterTwoReports_SuggestsBothTicketIds()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));
        DiscordInteractionsClient discord = _discord.Client(host);
        await discord.SendAsync(DiscordInteractions.Report("VPN drops every few minutes", level: "low"));
        await discord.SendAsync(DiscordInteractions.Report("Mail is slow", level: "low"));

        DiscordAnswer answer = await discord.SendAsync(
            DiscordInteractions.Autocomplete(DiscordInteractions.Requester, "incident", "show", "id", "INC-10"));

        Assert.Equal(8, answer.ResponseType);
        List<string> values = [.. answer.Json["data"]!["choices"]!.AsArray().Select(choice => (string)choice!["value"]!)];
        Assert.Equal(["INC-1001", "INC-1002"], values.Order(StringComparer.Ordinal));
        Assert.All(answer.Json["data"]!["choices"]!.AsArray(), choice =>
            Assert.StartsWith((string)choice!["value"]!, (string)choice["name"]!, StringComparison.Ordinal));
    }

    public void Dispose() => _discord.Dispose();
}
