using System.Diagnostics.CodeAnalysis;

namespace ChatOpsItsm.Domain.Identity;

/// <summary>
/// One chat identity of a person, written <c>platform:id</c>: <c>teams:&lt;aadObjectId&gt;</c>,
/// <c>discord:&lt;user snowflake&gt;</c>, <c>local:&lt;name&gt;</c>. Platform is lower case; the id is kept as given.
/// </summary>
public readonly record struct UserIdentity
{
    /// <summary>Longest identity accepted, platform and separator included.</summary>
    public const int MaxLength = 128;

    public UserIdentity(string platform, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Platform = platform.Trim().ToLowerInvariant();
        Id = id.Trim();
    }

    public string Platform { get; }

    public string Id { get; }

    public static UserIdentity Parse(string text) =>
        TryParse(text, out UserIdentity identity)
            ? identity
            : throw new FormatException($"'{text}' is not an identity such as local:alice.");

    /// <summary>Parses <c>platform:id</c>; the id may itself contain colons (Teams ids do).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out UserIdentity identity)
    {
        identity = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string trimmed = text.Trim();
        if (trimmed.Length > MaxLength)
        {
            return false;
        }

        int colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == trimmed.Length - 1)
        {
            return false;
        }

        string platform = trimmed[..colon];
        string id = trimmed[(colon + 1)..];
        if (!platform.All(char.IsAsciiLetterOrDigit) || id.Any(char.IsControl) || id.Any(char.IsWhiteSpace))
        {
            return false;
        }

        identity = new UserIdentity(platform, id);
        return true;
    }

    public override string ToString() => $"{Platform}:{Id}";
}
