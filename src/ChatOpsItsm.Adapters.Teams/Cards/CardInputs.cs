using System.Globalization;
using System.Text.Json.Nodes;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Cards;

/// <summary>
/// Form inputs as Adaptive Card inputs (brief §5.3). Every value comes back as a string under the input's
/// id; <c>isRequired</c> and <c>maxLength</c> are only client-side hints, the engine validates again.
/// </summary>
internal static class CardInputs
{
    public static JsonObject Render(CardInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        JsonObject element = input.Kind switch
        {
            InputKind.Choice => ChoiceSet(input),
            InputKind.Date => Date(input),
            _ => Text(input),
        };
        if (input.Required)
        {
            element["isRequired"] = true;
            element["errorMessage"] = $"{input.Label} is required.";
        }

        if (input.Placeholder is { Length: > 0 } placeholder)
        {
            element["placeholder"] = placeholder;
        }

        return element;
    }

    private static JsonObject Text(CardInput input)
    {
        JsonObject element = Element("Input.Text", input);
        if (input.Kind == InputKind.MultilineText)
        {
            element["isMultiline"] = true;
        }

        if (input.MaxLength > 0)
        {
            element["maxLength"] = input.MaxLength;
        }

        if (input.Value is { } value)
        {
            element["value"] = input.MaxLength > 0 && value.Length > input.MaxLength ? value[..input.MaxLength] : value;
        }

        return element;
    }

    private static JsonObject ChoiceSet(CardInput input)
    {
        JsonObject element = Element("Input.ChoiceSet", input);
        element["style"] = "compact";
        element["choices"] = new JsonArray([.. input.Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c, ["value"] = c })]);

        // A value that is not one of the choices would show as blank: leave it out.
        string? chosen = input.Choices.FirstOrDefault(c => string.Equals(c, input.Value, StringComparison.OrdinalIgnoreCase));
        if (chosen is not null)
        {
            element["value"] = chosen;
        }

        return element;
    }

    private static JsonObject Date(CardInput input)
    {
        JsonObject element = Element("Input.Date", input);
        if (DateOnly.TryParseExact(input.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            element["value"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return element;
    }

    private static JsonObject Element(string type, CardInput input) => new()
    {
        ["type"] = type,
        ["id"] = input.Name,
        ["label"] = input.Label,
    };
}
