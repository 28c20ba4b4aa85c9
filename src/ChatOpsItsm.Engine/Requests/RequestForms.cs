using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>
/// The form of a catalog item, built like <see cref="Handling.FormFactory"/> builds a command's: one input per field
/// (choices as a choice input, a date as a date input, long text as multi-line), prefilled with what was given, and a
/// Submit button sending <c>request.new</c> with the item. Teams shows it as an Adaptive Card, Discord as a modal.
/// </summary>
public static class RequestForms
{
    public const int MultilineFrom = 200;

    public static Card For(CatalogItem item, IReadOnlyDictionary<string, string> given)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(given);
        List<CardInput> inputs = [.. item.Fields.Select(field => new CardInput(
            field.Name,
            field.Label,
            field.Type switch
            {
                CatalogFieldType.Choice => InputKind.Choice,
                CatalogFieldType.Date => InputKind.Date,
                _ when field.MaxLength > MultilineFrom && field.Type == CatalogFieldType.Text => InputKind.MultilineText,
                _ => InputKind.Text,
            },
            field.Required,
            given.TryGetValue(field.Name, out string? value) ? value : null,
            field.MaxLength,
            field.Choices)
        {
            Placeholder = field.Type switch
            {
                CatalogFieldType.Person => "me, @name or platform:id",
                CatalogFieldType.Date => "yyyy-MM-dd",
                _ => null,
            },
        })];
        Dictionary<string, string> data = new() { ["item"] = item.Key };
        return new Card($"Request: {item.Label}", [], item.Description.Length > 0 ? item.Description : null,
            [new CardButton("Submit", "request.new", data, ButtonStyle.Primary)], inputs);
    }
}
