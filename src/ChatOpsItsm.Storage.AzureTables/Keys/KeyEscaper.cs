using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ChatOpsItsm.Storage.AzureTables.Keys;

/// <summary>
/// Turns free text (identities, conversation ids) into a safe piece of a partition or row key. Letters, digits
/// and <c>. : _ @ -</c> are kept; every other UTF-16 unit becomes <c>~</c> and four upper-case hex digits.
/// </summary>
/// <remarks>
/// Table keys forbid <c>/ \ # ?</c> and control characters, and our keys use <c>|</c> as separator, so both
/// must never come through raw. <c>~</c> is itself escaped, so <see cref="Unescape"/> is exact.
/// </remarks>
internal static class KeyEscaper
{
    /// <summary>The longest key part <see cref="KeyPart"/> returns; a row key may hold 1 KiB.</summary>
    public const int MaxKeyPartLength = 400;

    private const char Mark = '~';

    // '~' followed by 'h' (not a hex digit) can never come out of Escape, so a hashed part never equals an escaped one.
    private const string HashMark = "~h";

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.All(IsKept))
        {
            return value;
        }

        StringBuilder builder = new(value.Length + 16);
        foreach (char c in value)
        {
            if (IsKept(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(Mark).Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <exception cref="FormatException"><paramref name="escaped"/> did not come from <see cref="Escape"/>.</exception>
    public static string Unescape(string escaped)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        StringBuilder builder = new(escaped.Length);
        for (int i = 0; i < escaped.Length; i++)
        {
            char c = escaped[i];
            if (c != Mark)
            {
                builder.Append(IsKept(c) ? c : throw new FormatException($"Unescaped character at position {i}."));
                continue;
            }

            if (i + 4 >= escaped.Length
                || !ushort.TryParse(escaped.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort unit))
            {
                throw new FormatException($"Malformed escape at position {i}.");
            }

            builder.Append((char)unit);
            i += 4;
        }

        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Escape"/>, bounded to <see cref="MaxKeyPartLength"/> characters: a longer result keeps its
    /// beginning and ends with <c>~h</c> and the SHA-256 of the original text, so distinct values stay distinct.
    /// </summary>
    public static string KeyPart(string value)
    {
        string escaped = Escape(value);
        if (escaped.Length <= MaxKeyPartLength)
        {
            return escaped;
        }

        // Hash the UTF-16 units themselves: an encoding would fold lone surrogates together.
        string hash = Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(value.AsSpan())));
        return string.Concat(escaped.AsSpan(0, MaxKeyPartLength - HashMark.Length - hash.Length), HashMark, hash);
    }

    private static bool IsKept(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or ':' or '_' or '@' or '-';
}
