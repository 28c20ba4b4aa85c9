using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.DiscordChannel;

/// <summary>
/// Issue 5 §5: a click on the ticket card's "Assign to me" (custom id <c>v1:incident.assign:id=INC-1001;user=me</c>)
/// acts as the clicker, who must be allowed to: an agent's click edits the card in place (type 7) and assigns the
/// ticket; anyone else's is refused and changes nothing. The custom id is not trusted.
/// </summary>
public sealed class DiscordButtonTests(AzuriteFixture azurite) : IDisposable
{
    private readonly DiscordFakes _discord = new();

    [Fact]
    public async Task AssignToMe_ClickedByAnAgent_UpdatesTheMessageAndAssignsTheTicket()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));
        DiscordInteractionsClient discord = _discord.Client(host);
        await discord.SendAsync(DiscordInteractions.Report(level: "low"));

        DiscordAnswer answer = await discord.SendAsync(DiscordInteractions.ButtonClick(DiscordInteractions.Agent, DiscordInteractions.AssignToMe));

        Assert.Equal(7, answer.ResponseType);
        Assert.Contains("INC-1001", answer.Text, StringComparison.Ordinal);
        JsonObject ticket = await new TicketsApiClient(host.CreateClient()).GetAsync("INC-1001");
        Assert.Equal("In Progress", (string?)ticket["state"]);
        Assert.Equal(DiscordInteractions.Person(DiscordInteractions.Agent), (string?)ticket["assignee"]!["id"]);
    }

    [Fact]
    public async Task AssignToMe_ClickedByANonAgent_IsRefusedAndNothingChanges()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));
        DiscordInteractionsClient discord = _discord.Client(host);
        TicketsApiClient tickets = new(host.CreateClient());
        await discord.SendAsync(DiscordInteractions.Report(level: "low"));
        JsonObject before = await tickets.GetAsync("INC-1001");

        DiscordAnswer answer = await discord.SendAsync(DiscordInteractions.ButtonClick(DiscordInteractions.Bystander, DiscordInteractions.AssignToMe));

        Assert.Equal(4, answer.ResponseType);
        Assert.Contains("Only agents", answer.Text, StringComparison.Ordinal);
        JsonObject after = await tickets.GetAsync("INC-1001");
        Assert.Equal("New", (string?)after["state"]);
        Assert.Null(after["assignee"]);
        Assert.Equal(WithoutSla(before), WithoutSla(after));
    }

    public void Dispose() => _discord.Dispose();

    /// <summary>The ticket as stored: the SLA block is computed at each read.</summary>
    private static string WithoutSla(JsonObject ticket)
    {
        JsonObject copy = ticket.DeepClone().AsObject();
        copy.Remove("sla");
        return copy.ToJsonString();
    }
}
