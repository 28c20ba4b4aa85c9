using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Handling;

/// <summary>
/// Builds a form for any command from its catalog entry: one input per parameter the caller has not
/// fixed, and a submit button that sends the command's action id with the fixed values.
/// </summary>
public static class FormFactory
{
    public static Card For(
        CommandDefinition command,
        string title,
        IReadOnlyDictionary<string, string> fixedValues,
        IReadOnlyDictionary<string, string>? prefill = null,
        string? cancelActionId = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? choiceOverrides = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(fixedValues);
        List<CardInput> inputs = [];
        foreach (ParameterDefinition parameter in command.Parameters.Where(p => !fixedValues.ContainsKey(p.Name)))
        {
            string? value = prefill is not null && prefill.TryGetValue(parameter.Name, out string? v) ? v : null;
            IReadOnlyList<string> choices = choiceOverrides is not null && choiceOverrides.TryGetValue(parameter.Name, out IReadOnlyList<string>? o)
                ? o
                : parameter.Choices;
            InputKind kind = parameter.Kind switch
            {
                ParameterKind.Choice => InputKind.Choice,
                ParameterKind.Text when parameter.MaxLength > 200 => InputKind.MultilineText,
                _ when choices.Count > 0 => InputKind.Choice,
                _ => InputKind.Text,
            };
            inputs.Add(new CardInput(parameter.Name, Label(parameter), kind, IsRequired(command, parameter), value, parameter.MaxLength, choices)
            {
                Placeholder = parameter.Description,
            });
        }

        List<CardButton> buttons = [new(SubmitLabel(command), command.ActionId, fixedValues, ButtonStyle.Primary)];
        if (cancelActionId is not null)
        {
            buttons.Add(new CardButton("Cancel", cancelActionId, fixedValues));
        }

        return new Card(title, [], null, buttons, inputs);
    }

    private static bool IsRequired(CommandDefinition command, ParameterDefinition parameter) =>
        parameter.Required
        || (command.ActionId == "incident.report" && parameter.Name is "title" or "service")
        || (command.ActionId == "change.new" && parameter.Name is "title" or "service" or "start" or "end" or "rollback");

    private static string Label(ParameterDefinition parameter) =>
        char.ToUpperInvariant(parameter.Name[0]) + parameter.Name[1..];

    private static string SubmitLabel(CommandDefinition command)
    {
        string verb = command.Name ?? command.Group;
        return char.ToUpperInvariant(verb[0]) + verb[1..];
    }
}
