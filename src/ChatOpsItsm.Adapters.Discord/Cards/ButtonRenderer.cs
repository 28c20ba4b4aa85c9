using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Logging;

namespace ChatOpsItsm.Adapters.Discord.Cards;

/// <summary>
/// Renders a card's buttons as Discord buttons whose <c>custom_id</c> carries the action and its data
/// (<see cref="CustomIds"/>). A form's submit button becomes <c>form.&lt;action&gt;</c>: the click asks the engine for the
/// form again, which the inbound side opens as a modal (a message cannot hold inputs).
/// </summary>
internal static class ButtonRenderer
{
    public const string FormPrefix = "form.";
    private const string IntakePrefix = "intake.";

    /// <summary>The buttons in order; one whose custom id would be over 100 characters is left out and logged.</summary>
    public static List<JsonComponent> Render(Card card, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(card);
        CardButton? submit = card.IsForm ? SubmitOf(card.Buttons) : null;
        List<JsonComponent> buttons = [];
        foreach (CardButton button in card.Buttons)
        {
            string actionId = ReferenceEquals(button, submit) ? OpenFormAction(button.ActionId) : button.ActionId;
            string? customId = CustomIds.Encode(actionId, button.Data);
            if (customId is null)
            {
                logger?.ButtonLeftOut(actionId, CustomIds.MaxLength);
                continue;
            }

            buttons.Add(new JsonComponent
            {
                Type = ComponentTypes.Button,
                Style = StyleOf(button.Style),
                Label = button.Label.Length == 0 ? EmbedRenderer.EmptyValue : Truncation.Shorten(button.Label, DiscordLimits.ButtonLabelLength),
                CustomId = customId,
            });
        }

        return buttons;
    }

    /// <summary>The action a form's submit button sends: <c>form.incident.report</c>; actions already opening a form or driving the intake stay.</summary>
    public static string OpenFormAction(string actionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(actionId);
        return actionId.StartsWith(FormPrefix, StringComparison.Ordinal) || actionId.StartsWith(IntakePrefix, StringComparison.Ordinal)
            ? actionId
            : FormPrefix + actionId;
    }

    /// <summary>The first primary button, else the first; FormFactory puts the submit button first and primary.</summary>
    private static CardButton? SubmitOf(IReadOnlyList<CardButton> buttons) =>
        buttons.FirstOrDefault(b => b.Style == ButtonStyle.Primary) ?? (buttons.Count > 0 ? buttons[0] : null);

    private static int StyleOf(ButtonStyle style) => style switch
    {
        ButtonStyle.Primary => ButtonStyles.Primary,
        ButtonStyle.Danger => ButtonStyles.Danger,
        _ => ButtonStyles.Secondary,
    };
}
