using System.Text.Json.Nodes;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Teams.Cards;

/// <summary>
/// Buttons as Adaptive Card actions. Each is an <c>Action.Execute</c> (an <c>adaptiveCard/action</c> invoke
/// carrying <c>verb</c> and <c>data</c>) with an <c>Action.Submit</c> fallback for clients older than 1.4 (a
/// <c>message</c> whose <c>value</c> is the data): brief §5.1, §5.2, §5.4. Both carry the action id in the data
/// as <see cref="ActionKey"/>, so the inbound side finds it either way.
/// </summary>
internal static class CardActions
{
    /// <summary>The data key holding the button's action id.</summary>
    public const string ActionKey = "itsmAction";

    public const string OpenTicketTitle = "Open ticket";

    public static JsonObject Execute(CardButton button, bool isFormCard)
    {
        ArgumentNullException.ThrowIfNull(button);
        JsonObject action = Action("Action.Execute", button, isFormCard);
        action.Insert(2, "verb", button.ActionId);
        action["fallback"] = Action("Action.Submit", button, isFormCard);
        return action;
    }

    /// <summary>The link to the full record, or null when it is not an absolute http(s) address Teams would accept.</summary>
    public static JsonObject? OpenUrl(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = OpenTicketTitle, ["url"] = uri.AbsoluteUri }
            : null;

    private static JsonObject Action(string type, CardButton button, bool isFormCard)
    {
        JsonObject action = new()
        {
            ["type"] = type,
            ["title"] = button.Label,
            ["data"] = Data(button),
        };
        if (Style(button.Style) is { } style)
        {
            action["style"] = style;
        }

        // A form's plain buttons (Cancel) neither validate nor send the inputs: required fields must not block them.
        if (isFormCard && button.Style == ButtonStyle.Default)
        {
            action["associatedInputs"] = "none";
        }

        return action;
    }

    private static JsonObject Data(CardButton button)
    {
        JsonObject data = [];
        foreach (KeyValuePair<string, string> pair in button.Data.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (pair.Key != ActionKey)
            {
                data[pair.Key] = pair.Value;
            }
        }

        data[ActionKey] = button.ActionId;
        return data;
    }

    private static string? Style(ButtonStyle style) => style switch
    {
        ButtonStyle.Primary => "positive",
        ButtonStyle.Danger => "destructive",
        _ => null,
    };
}
