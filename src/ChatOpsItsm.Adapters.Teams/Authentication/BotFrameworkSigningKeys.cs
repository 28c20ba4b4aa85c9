using ChatOpsItsm.Adapters.Teams.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatOpsItsm.Adapters.Teams.Authentication;

/// <summary>
/// The Bot Connector's signing keys from <see cref="TeamsOptions.OpenIdMetadataUrl"/> (metadata, then <c>jwks_uri</c>),
/// cached and refreshed every <see cref="MaxAge"/> and, at most once per <see cref="MinRefreshInterval"/>, when a token
/// names an unknown key id (brief §2.1 step 3). Stale keys are kept when a refresh fails.
/// </summary>
/// <remarks>
/// Not <c>ConfigurationManager&lt;OpenIdConnectConfiguration&gt;</c>: since IdentityModel 8 its <c>RequestRefresh</c>
/// refreshes on a background thread, so the retry after an unknown key id would read the old keys again and refuse a
/// rotated key. Fetching and parsing still go through IdentityModel (<see cref="OpenIdConnectConfigurationRetriever"/>).
/// </remarks>
internal sealed class BotFrameworkSigningKeys : IDisposable
{
    /// <summary>The named <see cref="HttpClient"/> used for the metadata and the keys.</summary>
    public const string HttpClientName = "Teams.OpenIdMetadata";

    /// <summary>Microsoft asks for a refresh at least every 24 h.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);

    /// <summary>Unknown key ids trigger at most one fetch per this interval, so forged kids cannot flood the issuer.</summary>
    public static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly string _metadataUrl;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotFrameworkSigningKeys> _logger;
    private Snapshot? _current;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;
    private DateTimeOffset _lastUnknownKeyRefresh = DateTimeOffset.MinValue;

    public BotFrameworkSigningKeys(
        IHttpClientFactory httpClientFactory, IOptions<TeamsOptions> options, TimeProvider timeProvider, ILogger<BotFrameworkSigningKeys> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClientFactory = httpClientFactory;
        _metadataUrl = options.Value.OpenIdMetadataUrl;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The published key with <paramref name="keyId"/>, refreshing once if it is unknown; null if still unknown.</summary>
    /// <exception cref="InvalidOperationException">No keys could ever be loaded.</exception>
    public async Task<JsonWebKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        Snapshot snapshot = Volatile.Read(ref _current) is { } current && !IsOld(current)
            ? current
            : await RefreshAsync(_current, unknownKey: false, cancellationToken);
        if (Find(snapshot, keyId) is { } key)
        {
            return key;
        }

        return Find(await RefreshAsync(snapshot, unknownKey: true, cancellationToken), keyId);
    }

    public void Dispose() => _refreshing.Dispose();

    private static JsonWebKey? Find(Snapshot snapshot, string keyId) =>
        snapshot.Configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));

    private bool IsOld(Snapshot snapshot) => _timeProvider.GetUtcNow() - snapshot.FetchedAt >= MaxAge;

    /// <summary>
    /// Fetches the keys unless another caller just did (<paramref name="seen"/> is no longer current) or the rate limit
    /// holds: one refresh per <see cref="MinRefreshInterval"/> for unknown key ids, and as long after a failed attempt.
    /// </summary>
    private async Task<Snapshot> RefreshAsync(Snapshot? seen, bool unknownKey, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            Snapshot? current = _current;
            DateTimeOffset now = _timeProvider.GetUtcNow();
            DateTimeOffset last = unknownKey ? _lastUnknownKeyRefresh : _lastAttempt;
            if (current is not null && (!ReferenceEquals(current, seen) || now - last < MinRefreshInterval))
            {
                return current;
            }

            _lastAttempt = now;
            if (unknownKey)
            {
                _lastUnknownKeyRefresh = now;
            }

            try
            {
                HttpDocumentRetriever retriever = new(_httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = true };
                OpenIdConnectConfiguration configuration =
                    await OpenIdConnectConfigurationRetriever.GetAsync(_metadataUrl, retriever, cancellationToken);
                Snapshot fetched = new(configuration, now);
                Volatile.Write(ref _current, fetched);
                _logger.SigningKeysLoaded(configuration.JsonWebKeySet?.Keys.Count ?? 0);
                return fetched;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _logger.SigningKeysUnavailable(exception, _metadataUrl);
                return current ?? throw new InvalidOperationException("The Bot Framework signing keys could not be loaded.", exception);
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset FetchedAt);
}
