using System.Diagnostics.CodeAnalysis;
using Org.BouncyCastle.Crypto.Parameters;

namespace ChatOpsItsm.Adapters.Discord.Authentication;

/// <summary>The application's Ed25519 public key as the Developer Portal shows it: 32 bytes in 64 hex characters.</summary>
internal static class DiscordPublicKey
{
    public const int HexLength = 64;

    /// <summary>Reads the key; false for anything that is not 64 hex characters encoding a point on the curve.</summary>
    public static bool TryParse(string? hex, [NotNullWhen(true)] out Ed25519PublicKeyParameters? key)
    {
        key = null;
        if (hex is null || hex.Length != HexLength || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        try
        {
            key = new Ed25519PublicKeyParameters(Convert.FromHexString(hex), 0);
            return true;
        }
        catch (ArgumentException)
        {
            // BouncyCastle decodes the point up front and refuses bytes that are not one.
            return false;
        }
    }
}
