using System.Text.Json;
using ChatOpsItsm.Adapters.Teams.Configuration;
using ChatOpsItsm.Adapters.Teams.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOpsItsm.Adapters.Teams.Authentication;

/// <summary>
/// Authenticates the Bot Connector (brief §2.1) in two steps. <see cref="ValidateTokenAsync"/> runs before the body is
/// read: Bearer scheme, RS256, a published key, signature, issuer, audience (the App ID) and lifetime with 5 minutes of
/// skew. <see cref="CheckActivity"/> then needs three fields of the body: the key must be endorsed for the activity's
/// <c>channelId</c> (<c>msteams</c>), the token's <c>serviceurl</c> must equal the activity's <c>serviceUrl</c>, and the
/// tenant must be allowed.
/// </summary>
internal sealed class BotFrameworkTokenValidator(BotFrameworkSigningKeys keys, IOptions<TeamsOptions> options, TimeProvider timeProvider)
{
    public const string Issuer = "https://api.botframework.com";
    public const string TeamsChannelId = "msteams";
    public const string ServiceUrlClaim = "serviceurl";
    public const string EndorsementsField = "endorsements";

    /// <summary>Tolerated clock difference on <c>nbf</c> and <c>exp</c>.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _handler = new();

    public async Task<TokenCheck> ValidateTokenAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return TokenCheck.Refused(AuthenticationFailure.MissingHeader);
        }

        string[] parts = authorization.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            return TokenCheck.Refused(AuthenticationFailure.NotBearer);
        }

        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return TokenCheck.Refused(AuthenticationFailure.MalformedToken);
        }

        if (!string.Equals(jwt.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return TokenCheck.Refused(AuthenticationFailure.UnsupportedAlgorithm);
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return TokenCheck.Refused(AuthenticationFailure.MalformedToken);
        }

        JsonWebKey? key;
        try
        {
            key = await keys.FindAsync(jwt.Kid, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return TokenCheck.Refused(AuthenticationFailure.SigningKeysUnavailable);
        }

        if (key is null)
        {
            return TokenCheck.Refused(AuthenticationFailure.UnknownSigningKey);
        }

        TokenValidationResult result = await _handler.ValidateTokenAsync(jwt, Parameters(key));
        if (!result.IsValid)
        {
            return TokenCheck.Refused(FailureOf(result.Exception));
        }

        string? serviceUrl = jwt.TryGetPayloadValue(ServiceUrlClaim, out string claim) ? claim : null;
        return TokenCheck.Passed(new VerifiedToken(serviceUrl, EndorsementsOf(key)));
    }

    /// <summary>The checks that need the activity; null when it may be processed.</summary>
    public AuthenticationFailure? CheckActivity(VerifiedToken token, JsonActivity activity)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);

        // An empty channelId must not pass (the SDK lets it: brief §2.1 step 5).
        if (!string.Equals(activity.ChannelId, TeamsChannelId, StringComparison.Ordinal))
        {
            return AuthenticationFailure.WrongChannel;
        }

        if (!token.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return AuthenticationFailure.NotEndorsed;
        }

        if (token.ServiceUrl is null || !string.Equals(token.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationFailure.ServiceUrlMismatch;
        }

        IList<string> allowed = options.Value.AllowedTenants;
        string? tenant = activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId;
        return allowed.Count > 0 && (tenant is null || !allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase))
            ? AuthenticationFailure.TenantNotAllowed
            : null;
    }

    private TokenValidationParameters Parameters(JsonWebKey key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = options.Value.AppId,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = IsWithinLifetime,
    };

    /// <summary>The handler's own lifetime check reads the system clock; this one reads the injected <see cref="TimeProvider"/>.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        DateTime now = timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } expiry
            && (notBefore is null || notBefore.Value <= now + ClockSkew)
            && expiry >= now - ClockSkew;
    }

    private static AuthenticationFailure FailureOf(Exception? exception) => exception switch
    {
        SecurityTokenInvalidIssuerException => AuthenticationFailure.WrongIssuer,
        SecurityTokenInvalidAudienceException => AuthenticationFailure.WrongAudience,
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNotYetValidException
            or SecurityTokenNoExpirationException => AuthenticationFailure.Lifetime,
        SecurityTokenInvalidAlgorithmException => AuthenticationFailure.UnsupportedAlgorithm,
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => AuthenticationFailure.BadSignature,
        SecurityTokenMalformedException => AuthenticationFailure.MalformedToken,
        _ => AuthenticationFailure.InvalidToken,
    };

    /// <summary>The non-standard <c>endorsements</c> array of a JWKS entry; IdentityModel keeps it in <c>AdditionalData</c> unvalidated.</summary>
    private static string[] EndorsementsOf(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(EndorsementsField, out object? value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> items => [.. items.OfType<string>()],
            _ => [],
        };
    }
}
