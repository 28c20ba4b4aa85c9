using System.Text.Json.Nodes;
using ChatOpsItsm.Host.Tests.Hosting;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Host.Tests.DiscordChannel;

/// <summary>
/// Brief §3–4: a card button that needs input answers with a modal (9) whose custom id carries the form's action and
/// ticket; submitting it (5, Label-wrapped inputs) runs the command as the submitter.
/// </summary>
public sealed class DiscordModalTests(AzuriteFixture azurite) : IDisposable
{
    private const string ResolveButton = "v1:form.incident.resolve:id=INC-1001";
    private const string Resolution = "Rolled back the VPN concentrator config";

    private readonly DiscordFakes _discord = new();

    [Fact]
    public async Task ResolveClickedByTheAssignee_OpensAModal_SubmittingItResolvesTheTicket()
    {
        await using ItsmHostFactory host = _discord.Host(azurite, _discord.Settings(azurite.UniqueName("q")));
        DiscordInteractionsClient discord = _discord.Client(host);
        await discord.SendAsync(DiscordInteractions.Report(level: "low"));
        await discord.SendAsync(DiscordInteractions.ButtonClick(DiscordInteractions.Agent, DiscordInteractions.AssignToMe));

        DiscordAnswer modal = await discord.SendAsync(DiscordInteractions.ButtonClick(DiscordInteractions.Agent, ResolveButton, "Resolve"));
        Assert.Equal(9, modal.ResponseType);
        JsonObject form = modal.Json["data"]!.AsObject();
        List<string> inputs = [.. form["components"]!.AsArray().Select(label => (string)label!["component"]!["custom_id"]!)];
        DiscordAnswer submitted = await discord.SendAsync(DiscordInteractions.ModalSubmit(
            DiscordInteractions.Agent, (string)form["custom_id"]!, [.. inputs.Select(input => (input, Resolution))]));

        Assert.Contains("INC-1001", (string?)form["title"], StringComparison.Ordinal);
        Assert.Contains("resolution", inputs);
        Assert.Equal(4, submitted.ResponseType);
        Assert.Contains("INC-1001", submitted.Text, StringComparison.Ordinal);
        JsonObject ticket = await new TicketsApiClient(host.CreateClient()).GetAsync("INC-1001");
        Assert.Equal("Resolved", (string?)ticket["state"]);
        Assert.Equal(Resolution, (string?)ticket["resolution"]);
        Assert.Equal(DiscordInteractions.Person(DiscordInteractions.Agent), (string?)ticket["audit"]!.AsArray()[^1]!["actor"]);
    }

    public void Dispose() => _discord.Dispose();
}
