using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatOpsItsm.Adapters.Discord.Outbound;

/// <summary>
/// The <c>nonce</c> of a posted message, from the delivery key: with <c>enforce_nonce</c>, Discord answers a second
/// post with the same nonce in the same channel (within a few minutes) with the first message instead of posting
/// again, so a retried delivery shows once. Discord takes at most 25 characters: the first 25 of the base64url
/// SHA-256 (150 bits) of the key.
/// </summary>
internal static class MessageNonce
{
    public const int MaxLength = 25;

    /// <summary>
    /// The delivery key of part <paramref name="part"/> (from 0) of a delivery posted as several messages: the key itself
    /// for the first, so a delivery of one message keeps its nonce, and a key of its own for each later part, so every
    /// part has a nonce that a retry of the whole delivery repeats.
    /// </summary>
    public static string KeyOfPart(string deliveryKey, int part)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        return part == 0 ? deliveryKey : $"{deliveryKey}#part{part.ToString(CultureInfo.InvariantCulture)}";
    }

    public static string For(string deliveryKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey));
        return Convert.ToBase64String(hash).Replace('+', '-').Replace('/', '_')[..MaxLength];
    }
}
