using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.DiscordChannel;

/// <summary>
/// Issue 5 §5: <c>/incident report</c> through the host, against Azurite: answered inline (type 4) with the new
/// ticket, stored with the invoker (<c>member.user</c> in a guild, <c>user</c> in a DM) as requester.
/// </summary>
public sealed class DiscordSlashCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly DiscordFakes _discord = new();

    [Fact]
    public async Task IncidentReport_InAGuild_AnswersInlineWithTheTicketAndStoresTheRequester()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));

        DiscordAnswer answer = await _discord.Client(host).SendAsync(DiscordInteractions.Report());

        Assert.Equal("application/json", answer.ContentType);
        Assert.Equal(4, answer.ResponseType);
        Assert.Contains("INC-1001", answer.Text, StringComparison.Ordinal);
        JsonObject ticket = await new TicketsApiClient(host.CreateClient()).GetAsync("INC-1001");
        Assert.Equal(DiscordInteractions.Person(DiscordInteractions.Requester), (string?)ticket["requester"]!["id"]);
        Assert.Equal("VPN drops every few minutes", (string?)ticket["title"]);
        Assert.Equal("P1", (string?)ticket["priority"]);
        Assert.Empty(_discord.Api.WebhookCalls);
    }

    [Fact]
    public async Task IncidentReport_InADirectMessage_AnswersInlineWithTheTicketAndStoresTheRequester()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));

        DiscordAnswer answer = await _discord.Client(host).SendAsync(DiscordInteractions.DirectSlashCommand(
            DiscordInteractions.Requester, "incident", "report", ("title", "VPN drops every few minutes"), ("impact", "high"), ("urgency", "high"), ("service", "vpn")));

        Assert.Equal(4, answer.ResponseType);
        Assert.Contains("INC-1001", answer.Text, StringComparison.Ordinal);
        JsonObject ticket = await new TicketsApiClient(host.CreateClient()).GetAsync("INC-1001");
        Assert.Equal(DiscordInteractions.Person(DiscordInteractions.Requester), (string?)ticket["requester"]!["id"]);
    }

    public void Dispose() => _discord.Dispose();
}
