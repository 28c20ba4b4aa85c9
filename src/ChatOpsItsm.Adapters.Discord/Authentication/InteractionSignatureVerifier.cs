using System.Globalization;
using System.Text;
using ChatOpsItsm.Adapters.Discord.Configuration;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace ChatOpsItsm.Adapters.Discord.Authentication;

/// <summary>
/// Checks that Discord sent a request (brief §1): an Ed25519 signature (<c>X-Signature-Ed25519</c>, 128 hex) over
/// <c>UTF8(X-Signature-Timestamp) ‖ raw body</c> under the application's public key, made within
/// <c>Discord:TimestampTolerance</c> of now (our replay rule). It runs before anything is parsed: Discord probes the
/// endpoint with bad signatures and removes the URL if one is ever accepted.
/// </summary>
internal sealed class InteractionSignatureVerifier
{
    public const int SignatureHexLength = 128;

    private readonly Ed25519PublicKeyParameters? _publicKey;
    private readonly TimeSpan _tolerance;
    private readonly TimeProvider _timeProvider;

    public InteractionSignatureVerifier(IOptions<DiscordOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Parsed once: the options are validated at start, so a bad key only leaves every request refused.
        _publicKey = DiscordPublicKey.TryParse(options.Value.PublicKey, out Ed25519PublicKeyParameters? key) ? key : null;
        _tolerance = options.Value.TimestampTolerance;
        _timeProvider = timeProvider;
    }

    /// <returns>Null when the request is authentic and fresh; otherwise why it is refused.</returns>
    public SignatureFailure? Verify(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return SignatureFailure.MissingSignature;
        }

        if (string.IsNullOrEmpty(timestamp))
        {
            return SignatureFailure.MissingTimestamp;
        }

        if (signature.Length != SignatureHexLength || !signature.All(char.IsAsciiHexDigit))
        {
            return SignatureFailure.MalformedSignature;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            return SignatureFailure.MalformedTimestamp;
        }

        double skew = Math.Abs((_timeProvider.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0) - seconds);
        if (skew > _tolerance.TotalSeconds)
        {
            return SignatureFailure.StaleTimestamp;
        }

        if (_publicKey is null)
        {
            return SignatureFailure.NoPublicKey;
        }

        // The exact bytes received: re-serialised JSON would differ in key order, escapes and whitespace.
        return Matches(_publicKey, Encoding.UTF8.GetBytes(timestamp), body, Convert.FromHexString(signature))
            ? null
            : SignatureFailure.BadSignature;
    }

    /// <summary>The Ed25519 check of <paramref name="signature"/> over <c>prefix ‖ body</c>, with no separator and no hashing of our own.</summary>
    public static bool Matches(Ed25519PublicKeyParameters key, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body, byte[] signature)
    {
        Ed25519Signer signer = new();
        signer.Init(false, key);
        signer.BlockUpdate(prefix);
        signer.BlockUpdate(body);
        return signer.VerifySignature(signature);
    }
}
