using System.Text.RegularExpressions;
using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Commands;

/// <summary>
/// Checks command definitions against Discord's limits (brief §6) before they are written or registered: a broken
/// limit fails the whole bulk overwrite with 400 50035, so it is better found by a unit test.
/// </summary>
internal static partial class CommandLimits
{
    public const int MaxOptions = 25;
    public const int MaxChoices = 25;
    public const int MaxNameLength = 32;
    public const int MaxDescriptionLength = 100;
    public const int MaxChoiceLength = 100;
    public const int MaxCommandCharacters = 8000;

    /// <exception cref="InvalidOperationException">A limit is broken; the message names the command and the limit.</exception>
    public static void Check(JsonApplicationCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Type == CommandTypes.ChatInput)
        {
            CheckName(command.Name, command.Name);
            CheckDescription(command.Name, command.Name, command.Description);
            CheckOptions(command.Name, command.Options);
        }
        else
        {
            // Context-menu commands: a display name (spaces and capitals allowed), an empty description, no options.
            Require(command.Name.Trim().Length is >= 1 and <= MaxNameLength, command.Name, $"a name of 1–{MaxNameLength} characters");
            Require(command.Description.Length == 0, command.Name, "an empty description (a context-menu command)");
            Require(command.Options is null or { Count: 0 }, command.Name, "no options (a context-menu command)");
        }

        int characters = CharactersOf(command);
        Require(characters <= MaxCommandCharacters, command.Name, $"at most {MaxCommandCharacters} characters in names, descriptions and choices, not {characters}");
    }

    /// <summary>What counts toward the 8000: names, descriptions, choice names and values, at every level.</summary>
    public static int CharactersOf(JsonApplicationCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Name.Length + command.Description.Length + (command.Options?.Sum(CharactersOf) ?? 0);
    }

    private static int CharactersOf(JsonCommandOptionDefinition option) =>
        option.Name.Length + option.Description.Length
        + (option.Choices?.Sum(c => c.Name.Length + c.Value.Length) ?? 0)
        + (option.Options?.Sum(CharactersOf) ?? 0);

    private static void CheckOptions(string command, List<JsonCommandOptionDefinition>? options)
    {
        if (options is null)
        {
            return;
        }

        Require(options.Count <= MaxOptions, command, $"at most {MaxOptions} options at one level, not {options.Count}");
        int subCommands = options.Count(o => o.Type is OptionTypes.SubCommand or OptionTypes.SubCommandGroup);
        Require(subCommands == 0 || subCommands == options.Count, command, "sub-commands and parameters not mixed at one level");
        int firstOptional = options.FindIndex(o => o.Required != true);
        Require(firstOptional < 0 || options.Skip(firstOptional).All(o => o.Required != true), command, "required options before optional ones");
        foreach (JsonCommandOptionDefinition option in options)
        {
            CheckName(command, option.Name);
            CheckDescription(command, option.Name, option.Description);
            CheckChoices(command, option);
            Require(option.MaxLength is null or >= 1 and <= CommandOptionDefinitions.MaxStringLength, command, $"max_length of {option.Name} within 1–{CommandOptionDefinitions.MaxStringLength}");
            CheckOptions(command, option.Options);
        }
    }

    private static void CheckChoices(string command, JsonCommandOptionDefinition option)
    {
        if (option.Choices is not { } choices)
        {
            return;
        }

        Require(choices.Count <= MaxChoices, command, $"at most {MaxChoices} choices for {option.Name}, not {choices.Count}");
        Require(option.Autocomplete != true, command, $"no autocomplete together with choices on {option.Name}");
        foreach (JsonChoice choice in choices)
        {
            Require(choice.Name.Length is >= 1 and <= MaxChoiceLength && choice.Value.Length is >= 1 and <= MaxChoiceLength, command, $"choice names and values of 1–{MaxChoiceLength} characters on {option.Name}");
        }
    }

    private static void CheckName(string command, string name) =>
        Require(NamePattern().IsMatch(name) && !name.Any(char.IsUpper), command, $"the name '{name}' lowercase, 1–{MaxNameLength} letters, digits, '-', '_' or an apostrophe");

    private static void CheckDescription(string command, string name, string description) =>
        Require(description.Length is >= 1 and <= MaxDescriptionLength, command, $"a description of 1–{MaxDescriptionLength} characters for {name}, not {description.Length}");

    private static void Require(bool holds, string command, string rule)
    {
        if (!holds)
        {
            throw new InvalidOperationException($"The Discord command '{command}' breaks a limit: it needs {rule}.");
        }
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
