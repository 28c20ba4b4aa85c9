using System.Globalization;
using System.Text.RegularExpressions;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Requests;

/// <summary>
/// One field of a catalog item's form, with its rules: required or not, a maximum length, the choices of a choice field,
/// and an optional regular expression the whole value must match, with the message to show when it does not.
/// </summary>
public sealed record CatalogField(
    string Name,
    string Label,
    CatalogFieldType Type,
    bool Required,
    int MaxLength,
    IReadOnlyList<string> Choices,
    string? Pattern,
    string? PatternMessage)
{
    /// <summary>A pattern that takes longer than this on one value is a refusal, not a hang.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>The value normalised (single line; a choice as configured; a date as <c>yyyy-MM-dd</c>), or why it is refused.</summary>
    public (string Value, DomainError? Error) Check(string? value)
    {
        string text = TextRules.SingleLine(value);
        if (text.Length == 0)
        {
            return (text, Required ? Invalid($"The {Label} is required.") : null);
        }

        if (text.Length > MaxLength)
        {
            return (text, Invalid($"The {Label} is {text.Length} characters long; the limit is {MaxLength}."));
        }

        (string normalized, DomainError? error) = Type switch
        {
            CatalogFieldType.Choice => Choice(text),
            CatalogFieldType.Date => Date(text),
            CatalogFieldType.Person => UserIdentity.TryParse(text, out UserIdentity person)
                ? (person.ToString(), null)
                : (text, Invalid($"The {Label} must be a person: me, @name or platform:id.")),
            _ => (text, null),
        };
        return error is null ? (normalized, MatchPattern(normalized)) : (normalized, error);
    }

    /// <summary>Whether <paramref name="pattern"/> compiles, for configuration checks.</summary>
    public static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, PatternTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private (string, DomainError?) Choice(string text) =>
        Choices.FirstOrDefault(c => c.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } choice
            ? (choice, null)
            : (text, Invalid($"The {Label} must be one of: {string.Join(", ", Choices)}."));

    private (string, DomainError?) Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
            : (text, Invalid($"The {Label} must be a date written yyyy-MM-dd, such as 2026-12-01."));

    private DomainError? MatchPattern(string value)
    {
        if (Pattern is null)
        {
            return null;
        }

        try
        {
            return Regex.IsMatch(value, $"^(?:{Pattern})$", RegexOptions.None, PatternTimeout)
                ? null
                : Invalid(PatternMessage ?? $"The {Label} is not in the expected form.");
        }
        catch (RegexMatchTimeoutException)
        {
            return Invalid($"The {Label} could not be checked; shorten it.");
        }
    }

    private static DomainError Invalid(string message) => new(DomainErrorCodes.Validation, message);
}
