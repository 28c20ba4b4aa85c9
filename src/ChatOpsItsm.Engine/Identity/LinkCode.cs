using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>
/// A one-time code that joins a second chat identity to a person: 8 characters from an alphabet without the look-alikes
/// 0/O and 1/I, drawn from a cryptographic random source. Typed codes compare case-insensitively.
/// </summary>
public readonly record struct LinkCode
{
    public const int Length = 8;

    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private LinkCode(string value)
    {
        Value = value;
    }

    public string Value { get; }

    /// <summary>A fresh random code (about 40 bits of entropy).</summary>
    public static LinkCode New() => new(RandomNumberGenerator.GetString(Alphabet, Length));

    public static bool TryParse([NotNullWhen(true)] string? text, out LinkCode code)
    {
        code = default;
        string candidate = (text ?? "").Trim().ToUpperInvariant();
        if (candidate.Length != Length || !candidate.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        code = new LinkCode(candidate);
        return true;
    }

    public static LinkCode Parse(string text) =>
        TryParse(text, out LinkCode code) ? code : throw new FormatException($"'{text}' is not a link code.");

    public override string ToString() => Value ?? "";
}
