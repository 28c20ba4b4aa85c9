namespace ChatOpsItsm.Adapters.Teams.Authentication;

/// <summary>Why an inbound request was refused: the only thing about it that is logged (brief §2.1).</summary>
internal enum AuthenticationFailure
{
    /// <summary>No <c>Authorization</c> header.</summary>
    MissingHeader,

    /// <summary>Not exactly <c>Bearer &lt;token&gt;</c>.</summary>
    NotBearer,

    /// <summary>Not a readable JWS, or no key id.</summary>
    MalformedToken,

    /// <summary>The header's <c>alg</c> is not RS256.</summary>
    UnsupportedAlgorithm,

    /// <summary>The signing keys could not be loaded from the OpenID metadata.</summary>
    SigningKeysUnavailable,

    /// <summary>The key id is not among the published keys, even after a refresh.</summary>
    UnknownSigningKey,

    BadSignature,

    /// <summary>Expired or not yet valid, beyond the clock skew, or without an expiry.</summary>
    Lifetime,

    WrongIssuer,

    WrongAudience,

    /// <summary>Refused by the token handler for another reason.</summary>
    InvalidToken,

    /// <summary>The activity's <c>channelId</c> is empty or not <c>msteams</c>.</summary>
    WrongChannel,

    /// <summary>The signing key is not endorsed for the activity's channel.</summary>
    NotEndorsed,

    /// <summary>The token's <c>serviceurl</c> claim differs from the activity's <c>serviceUrl</c>.</summary>
    ServiceUrlMismatch,

    /// <summary>The activity's tenant is not in <c>Teams:AllowedTenants</c>.</summary>
    TenantNotAllowed,
}
