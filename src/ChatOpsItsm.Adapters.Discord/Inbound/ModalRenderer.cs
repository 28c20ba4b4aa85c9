using ChatOpsItsm.Adapters.Discord.Cards;
using ChatOpsItsm.Adapters.Discord.Protocol;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Adapters.Discord.Inbound;

/// <summary>
/// A form card as a modal (callback 9, brief §4): the submit button's action and data in the custom id, the title cut
/// to 45, and one Label (18) per input holding a text input (short, or paragraph for multiline text) or, for 1–25
/// choices, a string select. A modal holds at most five; bigger forms go through <see cref="FormSteps"/>.
/// </summary>
internal static class ModalRenderer
{
    public const int MaxInputs = 5;
    public const int TitleLength = 45;
    public const int LabelLength = 45;
    public const int DescriptionLength = 100;
    public const int TextLength = 4000;
    public const int OptionLength = 100;
    public const int MaxOptions = 25;
    public const string DatePlaceholder = "YYYY-MM-DD";

    /// <summary>The button that submits the form: the first primary one, else the first (FormFactory puts it first).</summary>
    public static CardButton? SubmitOf(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Buttons.FirstOrDefault(b => b.Style == ButtonStyle.Primary) ?? (card.Buttons.Count > 0 ? card.Buttons[0] : null);
    }

    /// <summary>The most characters of the reply's text shown above the inputs (a text display, Markdown).</summary>
    public const int IntroLength = 1000;

    /// <summary>
    /// The modal; null when the form needs steps (over five inputs, or a custom id over 100 characters). The text sent
    /// with the form ("I still need the service") goes above the inputs while the five-component limit leaves room.
    /// </summary>
    public static JsonMessageData? TryRender(Card form, CardButton submit, string? intro = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(submit);
        string? customId = CustomIds.Encode(submit.ActionId, submit.Data);
        if (form.Inputs.Count > MaxInputs || customId is null)
        {
            return null;
        }

        JsonMessageData modal = Render(customId, form.Title, form.Inputs, null);
        if (!string.IsNullOrWhiteSpace(intro) && modal.Components!.Count < MaxInputs)
        {
            modal.Components.Insert(0, new JsonComponent { Type = ComponentTypes.TextDisplay, Content = Truncation.Shorten(intro.Trim(), IntroLength) });
        }

        return modal;
    }

    /// <summary>A modal of up to five inputs; <paramref name="entered"/> prefills what the person already typed.</summary>
    public static JsonMessageData Render(
        string customId, string title, IReadOnlyList<CardInput> inputs, IReadOnlyDictionary<string, string>? entered)
    {
        ArgumentException.ThrowIfNullOrEmpty(customId);
        ArgumentNullException.ThrowIfNull(inputs);
        return new JsonMessageData
        {
            CustomId = customId,
            Title = Truncation.Shorten(string.IsNullOrWhiteSpace(title) ? "Form" : title, TitleLength),
            Components = [.. inputs.Take(MaxInputs).Select(input => LabelFor(input, Prefill(input, entered)))],
        };
    }

    private static string? Prefill(CardInput input, IReadOnlyDictionary<string, string>? entered) =>
        entered is not null && entered.TryGetValue(input.Name, out string? value) ? value : input.Value;

    private static JsonComponent LabelFor(CardInput input, string? value) => new()
    {
        Type = ComponentTypes.Label,
        Label = Truncation.Shorten(string.IsNullOrWhiteSpace(input.Label) ? input.Name : input.Label, LabelLength),
        Description = string.IsNullOrWhiteSpace(input.Placeholder) ? null : Truncation.Shorten(input.Placeholder, DescriptionLength),
        Component = input.Kind == InputKind.Choice && input.Choices.Count is > 0 and <= MaxOptions
            ? SelectFor(input, value)
            : TextInputFor(input, value),
    };

    private static JsonComponent SelectFor(CardInput input, string? value) => new()
    {
        Type = ComponentTypes.StringSelect,
        CustomId = input.Name,
        Required = input.Required,
        Options = [.. input.Choices.Select(choice => new JsonSelectOption
        {
            Label = Truncation.Shorten(choice, OptionLength),
            Value = Truncation.Shorten(choice, OptionLength),
            Default = string.Equals(choice, value, StringComparison.OrdinalIgnoreCase) ? true : null,
        })],
    };

    private static JsonComponent TextInputFor(CardInput input, string? value)
    {
        int maxLength = input.MaxLength is > 0 and < TextLength ? input.MaxLength : TextLength;
        return new JsonComponent
        {
            Type = ComponentTypes.TextInput,
            CustomId = input.Name,
            Style = input.Kind == InputKind.MultilineText ? TextInputStyles.Paragraph : TextInputStyles.Short,
            Required = input.Required,
            MaxLength = maxLength,
            // A prefill longer than max_length is refused (50035), and an empty one says nothing.
            Value = string.IsNullOrEmpty(value) ? null : value[..Math.Min(value.Length, maxLength)],
            Placeholder = input.Kind == InputKind.Date ? DatePlaceholder : null,
        };
    }
}
