using ChatOpsItsm.Adapters.Discord.Commands;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Commands;

namespace ChatOpsItsm.Adapters.Discord.Tests.Commands;

public sealed class CommandLimitsTests
{
    [Fact]
    public void Build_TwentyFiveOptions_IsAccepted() =>
        Assert.Equal(25, DiscordCommandDefinitions.Build([WithParameters(25)])[0].Options!.Count);

    [Fact]
    public void Build_TwentySixOptions_ThrowsNamingTheCommand() =>
        AssertRefused(() => DiscordCommandDefinitions.Build([WithParameters(26)]), "ticket", "25 options");

    [Fact]
    public void Build_TwentySixSubCommands_Throws() =>
        AssertRefused(
            () => DiscordCommandDefinitions.Build(Enumerable.Range(1, 26).Select(i => new CommandDefinition("ticket", $"s{i}", "S", [], []))),
            "ticket",
            "25 options");

    [Fact]
    public void Build_TwentySixChoices_Throws() =>
        AssertRefused(() => DiscordCommandDefinitions.Build([WithChoices(26, 5)]), "ticket", "25 choices");

    [Fact]
    public void Build_ChoiceOf101Characters_Throws() =>
        AssertRefused(() => DiscordCommandDefinitions.Build([WithChoices(1, 101)]), "ticket", "choice names and values");

    [Fact]
    public void Build_EmptyChoice_Throws() =>
        AssertRefused(() => DiscordCommandDefinitions.Build([WithChoices(1, 0)]), "ticket", "choice names and values");

    [Theory]
    [InlineData("has space")]
    [InlineData("dot.ted")]
    [InlineData("")]
    [InlineData("a23456789012345678901234567890123")]
    public void Build_BadParameterName_Throws(string name) =>
        AssertRefused(
            () => DiscordCommandDefinitions.Build([new CommandDefinition("ticket", null, "T", [new(name, "d", ParameterKind.Word, false, false, 10, [])], [])]),
            "ticket",
            "the name");

    [Fact]
    public void Build_NameOf32WithApostropheAndHyphen_IsAccepted() =>
        Assert.Single(DiscordCommandDefinitions.Build([new CommandDefinition("it's-a_n" + new string('x', 24), null, "T", [], [])]), c => c.Type == 1);

    [Fact]
    public void Build_EmptyDescription_Throws() =>
        AssertRefused(
            () => DiscordCommandDefinitions.Build([new CommandDefinition("ticket", null, "", [], [])]),
            "ticket",
            "description of 1–100");

    [Fact]
    public void Build_Over8000Characters_Throws() =>
        AssertRefused(() => DiscordCommandDefinitions.Build([WithChoices(25, 100, parameters: 2)]), "ticket", "8000");

    [Fact]
    public void Build_JustUnder8000Characters_IsAccepted()
    {
        JsonApplicationCommand built = DiscordCommandDefinitions.Build([WithChoices(25, 100, parameters: 1)])[0];

        Assert.InRange(CommandLimits.CharactersOf(built), 5000, 8000);
    }

    [Fact]
    public void Build_GroupBothBareAndWithSubCommands_Throws() =>
        AssertRefused(
            () => DiscordCommandDefinitions.Build([new("ticket", null, "T", [], []), new("ticket", "show", "S", [], [])]),
            "ticket",
            "bare");

    [Fact]
    public void Check_RequiredAfterOptional_Throws() =>
        AssertRefused(() => CommandLimits.Check(Chat(Option("a", required: false), Option("b", required: true))), "ticket", "required options before optional");

    [Fact]
    public void Check_AutocompleteWithChoices_Throws()
    {
        JsonCommandOptionDefinition option = Option("a", required: false);
        option.Autocomplete = true;
        option.Choices = [new JsonChoice { Name = "x", Value = "x" }];

        AssertRefused(() => CommandLimits.Check(Chat(option)), "ticket", "autocomplete");
    }

    [Fact]
    public void Check_SubCommandsMixedWithParameters_Throws() =>
        AssertRefused(
            () => CommandLimits.Check(Chat(new JsonCommandOptionDefinition { Type = OptionTypes.SubCommand, Name = "s", Description = "S" }, Option("a", false))),
            "ticket",
            "not mixed");

    [Fact]
    public void Check_UppercaseChatName_Throws() =>
        AssertRefused(() => CommandLimits.Check(new JsonApplicationCommand { Name = "Ticket", Type = CommandTypes.ChatInput, Description = "T" }), "Ticket", "lowercase");

    [Fact]
    public void Check_MessageCommandWithDescription_Throws() =>
        AssertRefused(
            () => CommandLimits.Check(new JsonApplicationCommand { Name = "Report as incident", Type = CommandTypes.Message, Description = "x" }),
            "Report as incident",
            "empty description");

    [Fact]
    public void Check_MessageCommandNameOver32_Throws() =>
        AssertRefused(
            () => CommandLimits.Check(new JsonApplicationCommand { Name = new string('R', 33), Type = CommandTypes.Message }),
            "RRR",
            "1–32");

    [Fact]
    public void Check_MaxLengthOver6000_Throws()
    {
        JsonCommandOptionDefinition option = Option("a", false);
        option.MaxLength = 6001;

        AssertRefused(() => CommandLimits.Check(Chat(option)), "ticket", "max_length");
    }

    private static void AssertRefused(Action build, string command, string rule)
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(build);
        Assert.Contains($"'{command}", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    private static CommandDefinition WithParameters(int count) =>
        new("ticket", null, "T", [.. Enumerable.Range(1, count).Select(i => DiscordCommandDefinitionsTests.Text($"p{i}", false))], []);

    private static CommandDefinition WithChoices(int choices, int length, int parameters = 1) =>
        new("ticket", null, "T", [.. Enumerable.Range(1, parameters).Select(p => new ParameterDefinition(
            $"p{p}", new string('d', 100), ParameterKind.Choice, false, false, 20,
            [.. Enumerable.Range(1, choices).Select(i => $"{i:D2}{new string('c', length)}"[..length])]))], []);

    private static JsonApplicationCommand Chat(params JsonCommandOptionDefinition[] options) =>
        new() { Name = "ticket", Type = CommandTypes.ChatInput, Description = "T", Options = [.. options] };

    private static JsonCommandOptionDefinition Option(string name, bool required) =>
        new() { Type = OptionTypes.String, Name = name, Description = "d", Required = required ? true : null };
}
