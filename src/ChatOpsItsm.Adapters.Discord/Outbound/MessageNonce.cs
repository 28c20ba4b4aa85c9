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

    public static string For(string deliveryKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey));
        return Convert.ToBase64String(hash).Replace('+', '-').Replace('/', '_')[..MaxLength];
    }
}
