using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.Configuration;

/// <summary>The checks of one catalog field, <c>Itsm:Catalog:&lt;n&gt;:Fields:&lt;m&gt;</c>.</summary>
internal static class CatalogFieldValidation
{
    /// <summary>The command line reads <c>name:value</c> only for names this long, of letters, digits and <c>_</c>.</summary>
    public const int FieldNameMaxLength = 20;

    public static bool IsFieldName(string? text) =>
        text is { Length: > 0 and <= FieldNameMaxLength } && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public static void Check(string key, CatalogFieldOptions field, List<string> failures)
    {
        if (!IsFieldName(field.Name))
        {
            failures.Add($"{key}:Name '{field.Name}' must be 1 to {FieldNameMaxLength} letters, digits or '_' (typed as name:value).");
        }

        if ((field.Label ?? "").Length > RequestLimits.LabelMaxLength)
        {
            failures.Add($"{key}:Label is longer than {RequestLimits.LabelMaxLength} characters.");
        }

        CatalogFieldType? type = DraftValues.ParseLevel<CatalogFieldType>(field.Type);
        if (type is null)
        {
            failures.Add($"{key}:Type '{field.Type}' must be text, choice, date or person.");
        }

        if (field.MaxLength is < 1 or > RequestLimits.FieldMaxLength)
        {
            failures.Add($"{key}:MaxLength must be between 1 and {RequestLimits.FieldMaxLength}.");
        }

        if (type == CatalogFieldType.Choice && field.Choices.Count == 0)
        {
            failures.Add($"{key}:Choices must list the values of a choice field.");
        }
        else if (type != CatalogFieldType.Choice && field.Choices.Count > 0)
        {
            failures.Add($"{key}:Choices apply only to a choice field.");
        }

        if (field.Choices.Any(c => string.IsNullOrWhiteSpace(c) || c.Trim().Length > RequestLimits.ChoiceMaxLength)
            || field.Choices.Distinct(StringComparer.OrdinalIgnoreCase).Count() != field.Choices.Count)
        {
            failures.Add($"{key}:Choices must be distinct values of 1 to {RequestLimits.ChoiceMaxLength} characters.");
        }

        if (field.Pattern is not null && !CatalogField.IsValidPattern(field.Pattern))
        {
            failures.Add($"{key}:Pattern '{field.Pattern}' is not a valid regular expression.");
        }

        if (field.PatternMessage is not null && field.Pattern is null)
        {
            failures.Add($"{key}:PatternMessage needs a Pattern.");
        }
    }
}
