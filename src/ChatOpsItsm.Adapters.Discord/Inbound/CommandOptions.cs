using System.Text.Json;
using ChatOpsItsm.Adapters.Discord.Protocol;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// Reads a CHAT_INPUT command's options (brief §2): command → [group →] sub-command → parameters, never deeper.
/// Values become the strings the engine parses when the command is typed; they are only client-validated, so the
/// engine checks them as it checks typed text.
/// </summary>
internal static class CommandOptions
{
    /// <summary>The command path; null when the data has no name or a nested option has none.</summary>
    public static CommandPath? PathOf(JsonInteractionData? data)
    {
        if (data?.Name is not { Length: > 0 } command)
        {
            return null;
        }

        List<string> names = [];
        IReadOnlyList<JsonCommandOption> options = data.Options ?? [];
        while (names.Count < 2 && options is [{ Type: OptionTypes.SubCommandGroup or OptionTypes.SubCommand } nested])
        {
            if (string.IsNullOrEmpty(nested.Name))
            {
                return null;
            }

            names.Add(nested.Name);
            options = nested.Options ?? [];
        }

        return new CommandPath(command, names.Count == 0 ? null : string.Join(' ', names), options);
    }

    /// <summary>The parameters' values by name; options without a readable value are left out.</summary>
    public static Dictionary<string, string> ValuesOf(IReadOnlyList<JsonCommandOption> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Dictionary<string, string> values = new(StringComparer.Ordinal);
        foreach (JsonCommandOption option in parameters)
        {
            if (option.Name is { Length: > 0 } name && ValueOf(option) is { } value)
            {
                values[name] = value;
            }
        }

        return values;
    }

    /// <summary>
    /// The option's value as invariant text. A USER option carries only the id, which the engine reads as the person
    /// <c>discord:&lt;id&gt;</c>. The JSON kind decides the rest: ids and numbers up to 2^53 keep every digit as written.
    /// </summary>
    public static string? ValueOf(JsonCommandOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (option.Value is not { } value)
        {
            return null;
        }

        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return option.Type == OptionTypes.User && !string.IsNullOrEmpty(text) ? $"{InteractionMapper.Platform}:{text}" : text;
    }
}
