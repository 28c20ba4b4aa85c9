using System.Text;
using ChatOpsItsm.Domain.Results;

namespace ChatOpsItsm.Domain.Incidents;

/// <summary>
/// Normalises what people type before it is stored: any printable character is kept (storage never
/// interprets it), control characters are dropped, and single-line fields lose their line breaks.
/// </summary>
public static class TextRules
{
    public static string SingleLine(string? text)
    {
        StringBuilder builder = new((text ?? "").Length);
        bool lastWasSpace = false;
        foreach (char c in (text ?? "").Trim())
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && char.IsControl(c))
            {
                // Dropped without a trace: it neither separates words nor ends a run of spaces.
                continue;
            }

            if (space && !lastWasSpace)
            {
                builder.Append(' ');
            }
            else if (!space)
            {
                builder.Append(c);
            }

            lastWasSpace = space;
        }

        return builder.ToString().Trim();
    }

    public static string MultiLine(string? text)
    {
        string normalized = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return new string(normalized.Where(c => c is '\n' or '\t' || !char.IsControl(c)).ToArray()).Trim();
    }

    /// <summary>Refuses an empty or too long value, naming the field and its limit.</summary>
    public static DomainError? Check(string field, string value, int maxLength, bool required = true)
    {
        if (required && value.Length == 0)
        {
            return new DomainError(DomainErrorCodes.Validation, $"The {field} is required.");
        }

        return value.Length > maxLength
            ? new DomainError(
                DomainErrorCodes.Validation,
                $"The {field} is {value.Length} characters long; the limit is {maxLength}.")
            : null;
    }
}
