using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOpsItsm.TestSupport.Teams;

/// <summary>
/// A stand-in for the Bot Connector's token issuer (brief §8.1): RSA keys generated per run, the OpenID metadata and
/// the JWKS (entries carry <c>endorsements</c>) served by an in-process <see cref="HttpMessageHandler"/> on
/// <see cref="MetadataUrl"/>, and tokens signed as the connector signs them, each part of which can be made wrong.
/// </summary>
public sealed class LocalOpenIdIssuer : IDisposable
{
    public const string Authority = "https://login.botframework.test";
    public const string MetadataUrl = Authority + "/v1/.well-known/openidconfiguration";
    public const string KeysUrl = Authority + "/v1/.well-known/keys";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string AppId = "00000000-0000-0000-0000-0000000000b0";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly Dictionary<IssuerKey, (RSA Rsa, string KeyId)> _keys = [];
    private readonly TimeProvider _timeProvider;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private int _metadataRequests;
    private int _keysRequests;
    private volatile bool _rotated;

    public LocalOpenIdIssuer(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        foreach (IssuerKey key in Enum.GetValues<IssuerKey>())
        {
            _keys[key] = (RSA.Create(2048), $"{key.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}");
        }
    }

    /// <summary>How many times the metadata document was fetched.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    /// <summary>How many times the JWKS was fetched.</summary>
    public int KeysRequests => Volatile.Read(ref _keysRequests);

    /// <summary>Publishes the <see cref="IssuerKey.Rotated"/> key from now on, as a key rollover does.</summary>
    public void RotateKeys() => _rotated = true;

    /// <summary>A new handler serving the metadata and the keys (an <c>IHttpClientFactory</c> may dispose it).</summary>
    public HttpMessageHandler CreateHandler() => new MetadataHandler(this);

    /// <summary>A signed token; <paramref name="configure"/> makes any part of it wrong.</summary>
    public string CreateToken(Action<IssuedTokenOptions>? configure = null)
    {
        IssuedTokenOptions options = new();
        configure?.Invoke(options);
        (RSA rsa, string keyId) = _keys[options.Key];
        DateTime now = _timeProvider.GetUtcNow().UtcDateTime;
        Dictionary<string, object> claims = [];
        if (options.ServiceUrl is not null)
        {
            claims["serviceurl"] = options.ServiceUrl;
        }

        SecurityTokenDescriptor descriptor = new()
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            NotBefore = now + options.NotBefore,
            Expires = now + options.Expires,
            IssuedAt = now + options.NotBefore,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = keyId }, options.Algorithm),
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>The <c>Authorization</c> header value carrying a token.</summary>
    public string CreateAuthorization(Action<IssuedTokenOptions>? configure = null) => $"Bearer {CreateToken(configure)}";

    public void Dispose()
    {
        foreach ((RSA rsa, string _) in _keys.Values)
        {
            rsa.Dispose();
        }
    }

    private static string Metadata() => new JsonObject
    {
        ["issuer"] = BotFrameworkIssuer,
        ["authorization_endpoint"] = "https://invalid.botframework.com",
        ["jwks_uri"] = KeysUrl,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private string Keys()
    {
        JsonArray keys = [Jwk(IssuerKey.Endorsed, endorsed: true), Jwk(IssuerKey.Unendorsed, endorsed: false)];
        if (_rotated)
        {
            keys.Add(Jwk(IssuerKey.Rotated, endorsed: true));
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }

    private JsonObject Jwk(IssuerKey which, bool endorsed)
    {
        (RSA rsa, string keyId) = _keys[which];
        RSAParameters parameters = rsa.ExportParameters(includePrivateParameters: false);
        JsonObject jwk = new()
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsed)
        {
            jwk["endorsements"] = new JsonArray("msteams", "webchat");
        }

        return jwk;
    }

    private sealed class MetadataHandler(LocalOpenIdIssuer issuer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string? url = request.RequestUri?.GetLeftPart(UriPartial.Path);
            string? body = null;
            if (url == MetadataUrl)
            {
                Interlocked.Increment(ref issuer._metadataRequests);
                body = Metadata();
            }
            else if (url == KeysUrl)
            {
                Interlocked.Increment(ref issuer._keysRequests);
                body = issuer.Keys();
            }

            HttpResponseMessage response = body is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            return Task.FromResult(response);
        }
    }
}
