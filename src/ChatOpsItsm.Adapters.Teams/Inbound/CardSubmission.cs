using System.Text.Json;

namespace ChatOpsItsm.Adapters.Teams.Inbound;

/// <summary>
/// The action id and the string values of a card's submit data (button data merged with the inputs, inputs win:
/// brief §5.2). Strings are kept as sent, numbers and booleans as their JSON text; objects, arrays and nulls are
/// dropped, and so are the reserved fields (<see cref="CardDataFields"/>).
/// </summary>
internal sealed record CardSubmission(string ActionId, bool IsForm, IReadOnlyDictionary<string, string> Values)
{
    public const int MaxActionIdLength = 100;
    public const int MaxValues = 50;

    /// <summary>
    /// Reads <paramref name="data"/>; the action id is <paramref name="verb"/> (Action.Execute) or the reserved field.
    /// Null when there is no usable action id.
    /// </summary>
    public static CardSubmission? From(JsonElement? data, string? verb)
    {
        Dictionary<string, string> values = new(StringComparer.Ordinal);
        string? actionId = string.IsNullOrWhiteSpace(verb) ? null : verb;
        bool isForm = false;
        if (data is { ValueKind: JsonValueKind.Object } fields)
        {
            foreach (JsonProperty field in fields.EnumerateObject())
            {
                switch (field.Name)
                {
                    case CardDataFields.ActionId or CardDataFields.Verb:
                        actionId ??= field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : null;
                        break;
                    case CardDataFields.Form:
                        isForm = true;
                        break;
                    case CardDataFields.Teams:
                        break;
                    default:
                        if (Text(field.Value) is { } text && values.Count < MaxValues)
                        {
                            values[field.Name] = text;
                        }

                        break;
                }
            }
        }

        return string.IsNullOrWhiteSpace(actionId) || actionId.Length > MaxActionIdLength
            ? null
            : new CardSubmission(actionId, isForm, values);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };
}
