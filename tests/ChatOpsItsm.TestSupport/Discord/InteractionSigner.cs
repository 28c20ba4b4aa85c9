using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace ChatOpsItsm.TestSupport.Discord;

/// <summary>
/// Signs interactions as Discord does (brief §1): Ed25519 over <c>UTF8(timestamp) ‖ rawBody</c>, with a key pair
/// generated for this signer. Configure the adapter with <see cref="PublicKeyHex"/> as <c>Discord:PublicKey</c>.
/// </summary>
public sealed class InteractionSigner
{
    private readonly Ed25519PrivateKeyParameters _privateKey;

    public InteractionSigner()
        : this(new Ed25519PrivateKeyParameters(new SecureRandom()))
    {
    }

    /// <summary>A signer with a known 32-byte secret key (hex), for the brief's known-answer vectors.</summary>
    public InteractionSigner(string secretKeyHex)
        : this(new Ed25519PrivateKeyParameters(Convert.FromHexString(secretKeyHex), 0))
    {
    }

    private InteractionSigner(Ed25519PrivateKeyParameters privateKey)
    {
        _privateKey = privateKey;
        PublicKeyHex = Convert.ToHexStringLower(privateKey.GeneratePublicKey().GetEncoded());
    }

    /// <summary>The public key as 64 lowercase hex characters, as the Developer Portal shows it.</summary>
    public string PublicKeyHex { get; }

    /// <summary>The <c>X-Signature-Ed25519</c> value (128 hex characters) for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public string Sign(string timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(body);
        byte[] message = [.. Encoding.UTF8.GetBytes(timestamp), .. body];
        Ed25519Signer signer = new();
        signer.Init(true, _privateKey);
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }

    /// <summary>The <c>X-Signature-Timestamp</c> value for an instant: Unix seconds in decimal.</summary>
    public static string TimestampOf(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
