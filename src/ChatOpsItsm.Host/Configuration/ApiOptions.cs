using System.ComponentModel.DataAnnotations;

namespace ChatOpsItsm.Host.Configuration;

/// <summary>The <c>Api</c> section: who may read the REST API (<c>/api/tickets</c>).</summary>
public sealed class ApiOptions : IValidatableObject
{
    public const string SectionName = "Api";

    /// <summary>The shortest key accepted: a key is a secret, not a password to remember.</summary>
    public const int MinKeyLength = 16;

    public const int MaxKeyLength = 256;

    /// <summary>Keys accepted as <c>Authorization: Bearer &lt;key&gt;</c>. Secrets: never logged.</summary>
    /// <value>Empty by default: then only callers on the loopback interface are answered.</value>
    public IList<string> Keys { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (int index = 0; index < Keys.Count; index++)
        {
            string key = Keys[index] ?? "";
            if (key.Length is < MinKeyLength or > MaxKeyLength || key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                // The key itself stays out of the message: it is a secret.
                yield return new ValidationResult(
                    $"{SectionName}:{nameof(Keys)}:{index} must be {MinKeyLength} to {MaxKeyLength} characters without spaces.",
                    [nameof(Keys)]);
            }
        }
    }
}
