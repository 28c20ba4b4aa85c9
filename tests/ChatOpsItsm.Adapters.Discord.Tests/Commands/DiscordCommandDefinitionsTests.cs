using ChatOpsItsm.Adapters.Discord.Commands;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Suggestions;

namespace ChatOpsItsm.Adapters.Discord.Tests.Commands;

public sealed class DiscordCommandDefinitionsTests
{
    private readonly List<JsonApplicationCommand> _commands = DiscordCommandDefinitions.Build(new CommandCatalog());

    [Fact]
    public void Build_Catalog_OneChatCommandPerGroupPlusTheMessageCommands()
    {
        Assert.Equal(
            ["help", "whoami", "link", "unlink", "incident", "major", "change", "request", "problem", "release", "notify", "admin", "Report as incident", "Add to timeline"],
            _commands.Select(c => c.Name));
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3], _commands.Select(c => c.Type));
        Assert.All(_commands, c => Assert.Equal([0, 1], c.Contexts!));
        Assert.All(_commands, c => Assert.Equal([0], c.IntegrationTypes!));
    }

    [Fact]
    public void Build_MessageCommands_HaveEmptyDescriptionsAndNoOptions()
    {
        List<JsonApplicationCommand> messageCommands = [.. _commands.Where(c => c.Type == CommandTypes.Message)];

        Assert.Equal([DiscordCommandDefinitions.ReportAsIncident, DiscordCommandDefinitions.AddToTimeline], messageCommands.Select(c => c.Name));
        Assert.All(messageCommands, c => Assert.Equal("", c.Description));
        Assert.All(messageCommands, c => Assert.Null(c.Options));
    }

    [Fact]
    public void Build_HandMadeDefinitions_StillEndWithBothMessageCommands()
    {
        CommandDefinition command = new("x", null, "X", [], []);

        List<JsonApplicationCommand> built = DiscordCommandDefinitions.Build([command]);

        Assert.Equal(["x", "Report as incident", "Add to timeline"], built.Select(c => c.Name));
    }

    [Fact]
    public void Build_Incident_HasOneSubCommandPerCatalogCommand()
    {
        JsonApplicationCommand incident = Command("incident");

        Assert.Equal(["report", "show", "list", "assign", "note", "hold", "resume", "resolve", "close", "reopen", "cancel"], incident.Options!.Select(o => o.Name));
        Assert.All(incident.Options!, o => Assert.Equal(OptionTypes.SubCommand, o.Type));
    }

    [Fact]
    public void Build_BareCommands_TakeParametersAsTheirOwnOptions()
    {
        Assert.Equal(["topic"], Command("help").Options!.Select(o => o.Name));
        Assert.Equal(["setting"], Command("notify").Options!.Select(o => o.Name));
        Assert.Null(Command("whoami").Options);
    }

    [Fact]
    public void Build_Parameters_MapToDiscordOptionTypes()
    {
        List<JsonCommandOptionDefinition> report = SubCommand("incident", "report").Options!;
        JsonCommandOptionDefinition id = SubCommand("incident", "show").Options!.Single();
        JsonCommandOptionDefinition user = SubCommand("incident", "assign").Options!.Single(o => o.Name == "user");

        Assert.True(id.Autocomplete);
        Assert.True(id.Required);
        Assert.Equal(OptionTypes.String, id.Type);
        Assert.True(report.Single(o => o.Name == "service").Autocomplete);
        Assert.Null(report.Single(o => o.Name == "title").Autocomplete);
        Assert.Equal(200, report.Single(o => o.Name == "title").MaxLength);
        Assert.Equal(["high", "medium", "low"], report.Single(o => o.Name == "impact").Choices!.Select(c => c.Value));
        Assert.Equal("High", report.Single(o => o.Name == "impact").Choices![0].Name);
        Assert.Null(report.Single(o => o.Name == "impact").Autocomplete);
        Assert.Equal(OptionTypes.User, user.Type);
        Assert.Null(user.Required);
    }

    [Theory]
    [InlineData("assign", " (agents, on-call)")]
    [InlineData("resolve", " (agents, on-call)")]
    [InlineData("show", "history")]
    public void Build_CommandsNeedingRoles_SaySo(string name, string ending) =>
        Assert.EndsWith(ending, SubCommand("incident", name).Description, StringComparison.Ordinal);

    [Fact]
    public void Build_AdminGroup_SaysAdmins() =>
        Assert.EndsWith(" (admins)", Command("admin").Description, StringComparison.Ordinal);

    [Fact]
    public void Build_RequiredAfterOptional_PutsRequiredFirstKeepingOrder()
    {
        CommandDefinition command = new("x", null, "X", [Text("a", false), Text("b", true), Text("c", false), Text("d", true)], []);

        List<JsonCommandOptionDefinition> options = DiscordCommandDefinitions.Build([command])[0].Options!;

        Assert.Equal(["b", "d", "a", "c"], options.Select(o => o.Name));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(9000, 6000)]
    [InlineData(4000, 4000)]
    public void Build_MaxLength_IsClampedToDiscordsRange(int maxLength, int expected)
    {
        CommandDefinition command = new("x", null, "X", [new("t", "T", ParameterKind.Text, true, true, maxLength, [])], []);

        Assert.Equal(expected, DiscordCommandDefinitions.Build([command])[0].Options![0].MaxLength);
    }

    [Fact]
    public void Build_LongDescriptionWithRoleNote_IsCutKeepingTheNote()
    {
        CommandDefinition command = new("x", null, new string('d', 120), [], [Role.Admin]);

        string description = DiscordCommandDefinitions.Build([command])[0].Description;

        Assert.Equal(100, description.Length);
        Assert.EndsWith("… (admins)", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UppercaseNames_AreLowercased()
    {
        CommandDefinition command = new("Ticket", "Show", "Show it", [Text("Id", true)], []);

        JsonApplicationCommand built = DiscordCommandDefinitions.Build([command])[0];

        Assert.Equal("ticket", built.Name);
        Assert.Equal("show", built.Options![0].Name);
        Assert.Equal("id", built.Options[0].Options![0].Name);
    }

    [Fact]
    public void ToJson_IsIndentedWithLineFeedsAndATrailingNewline()
    {
        string json = DiscordCommandDefinitions.ToJson(_commands);

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("]\n", json, StringComparison.Ordinal);
        Assert.StartsWith("[\n  {\n    \"name\": \"help\"", json, StringComparison.Ordinal);
        Assert.Contains("\"description\": \"\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    internal static ParameterDefinition Text(string name, bool required) =>
        new(name, "some text", ParameterKind.Text, required, Positional: false, 100, []) { SuggestFrom = SuggestionSource.None };

    private JsonApplicationCommand Command(string name) => _commands.Single(c => c.Name == name);

    private JsonCommandOptionDefinition SubCommand(string group, string name) => Command(group).Options!.Single(o => o.Name == name);
}
