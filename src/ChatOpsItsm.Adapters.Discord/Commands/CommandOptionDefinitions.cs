using System.Globalization;
using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Suggestions;

namespace ChatOpsItsm.Adapters.Discord.Commands;

/// <summary>Maps a command's parameters to Discord options (brief §6): strings, choices, users, with autocomplete where the engine suggests.</summary>
internal static class CommandOptionDefinitions
{
    /// <summary>Discord's bounds for a string option's <c>max_length</c>.</summary>
    public const int MaxStringLength = 6000;

    /// <summary>The options, required ones first (Discord refuses another order), otherwise in the catalog's order.</summary>
    public static List<JsonCommandOptionDefinition> For(IReadOnlyList<ParameterDefinition> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.Where(p => p.Required).Concat(parameters.Where(p => !p.Required)).Select(For).ToList();
    }

    private static JsonCommandOptionDefinition For(ParameterDefinition parameter)
    {
        JsonCommandOptionDefinition option = new()
        {
            Type = parameter.Kind == ParameterKind.User ? OptionTypes.User : OptionTypes.String,
            Name = parameter.Name.ToLowerInvariant(),
            Description = Truncation.Shorten(parameter.Description, CommandDescriptions.MaxLength),
            Required = parameter.Required ? true : null,
        };
        switch (parameter.Kind)
        {
            case ParameterKind.TicketId:
                option.Autocomplete = true;
                break;
            case ParameterKind.Text or ParameterKind.Word:
                option.MaxLength = Math.Clamp(parameter.MaxLength, 1, MaxStringLength);
                option.Autocomplete = parameter.SuggestFrom == SuggestionSource.None ? null : true;
                break;
            case ParameterKind.Choice:
                // Discord shows a fixed list itself: never together with autocomplete.
                option.Choices = parameter.Choices.Select(c => new JsonChoice { Name = Display(c), Value = c }).ToList();
                break;
            default:
                break;
        }

        return option;
    }

    /// <summary>"high" is shown as "High"; the value sent stays as the engine parses it.</summary>
    private static string Display(string choice) =>
        choice.Length == 0 ? choice : char.ToUpper(choice[0], CultureInfo.InvariantCulture) + choice[1..];
}
