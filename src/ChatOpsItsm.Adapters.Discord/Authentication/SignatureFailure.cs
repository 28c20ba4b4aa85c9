namespace ChatOpsItsm.Adapters.Discord.Authentication;

/// <summary>Why an interaction request was refused: the only thing about it that is logged (brief §1).</summary>
internal enum SignatureFailure
{
    /// <summary>No <c>X-Signature-Ed25519</c> header.</summary>
    MissingSignature,

    /// <summary>No <c>X-Signature-Timestamp</c> header.</summary>
    MissingTimestamp,

    /// <summary>The signature is not 128 hex characters.</summary>
    MalformedSignature,

    /// <summary>The timestamp is not Unix seconds in decimal.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is further from now than <c>Discord:TimestampTolerance</c>, either way: a replay or a bad clock.</summary>
    StaleTimestamp,

    /// <summary><c>Discord:PublicKey</c> is not a usable Ed25519 key, so nothing can be verified.</summary>
    NoPublicKey,

    /// <summary>The signature does not match the timestamp and body under the application's key.</summary>
    BadSignature,
}
