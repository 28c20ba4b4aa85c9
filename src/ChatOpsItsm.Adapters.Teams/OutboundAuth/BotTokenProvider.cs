using System.Net.Http.Json;
using ChatOpsItsm.Adapters.Teams.Configuration;
using ChatOpsItsm.Adapters.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Adapters.Teams.OutboundAuth;

/// <summary>
/// The bot's outbound access token (client credentials, brief §3.1), cached in memory until
/// <see cref="RefreshBefore"/> before it expires (§3.2). One refresh at a time: a burst of sends waits for the one
/// request instead of stampeding the login endpoint. The token and the secret are never logged.
/// </summary>
internal sealed class BotTokenProvider : IDisposable
{
    /// <summary>The named <see cref="HttpClient"/> the token requests go through.</summary>
    public const string HttpClientName = "ChatOpsItsm.Teams.Token";

    /// <summary>A token with less than this left is refreshed (brief §3.2: 5 minutes).</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptions<TeamsOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _cached;

    public BotTokenProvider(
        IHttpClientFactory httpClientFactory, IOptions<TeamsOptions> options, TimeProvider timeProvider, ILogger<BotTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _httpClientFactory = httpClientFactory;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>A token valid for at least <see cref="RefreshBefore"/>, from the cache or freshly requested.</summary>
    /// <exception cref="BotTokenException">The token endpoint refused the credentials or could not be reached.</exception>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_cached) is { } token)
        {
            return token;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } refreshed)
            {
                return refreshed;
            }

            CachedToken acquired = await RequestAsync(cancellationToken);
            _cached = acquired;
            return acquired.Value;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> after the connector refused it (401), so the next call gets a new one.</summary>
    public void Invalidate(string token)
    {
        CachedToken? cached = _cached;
        if (cached is not null && string.Equals(cached.Value, token, StringComparison.Ordinal))
        {
            _cached = null;
        }
    }

    public void Dispose() => _refresh.Dispose();

    private string? Fresh(CachedToken? cached) =>
        cached is not null && cached.ExpiresAt - RefreshBefore > _timeProvider.GetUtcNow() ? cached.Value : null;

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        TeamsOptions options = _options.Value;
        Uri endpoint = TokenEndpoints.For(options);
        using FormUrlEncodedContent form = new(
        [
            new("grant_type", "client_credentials"),
            new("client_id", options.AppId),
            new("client_secret", options.AppPassword),
            new("scope", TokenEndpoints.Scope),
        ]);
        HttpClient client = _httpClientFactory.CreateClient(HttpClientName);
        DateTimeOffset requestedAt = _timeProvider.GetUtcNow();
        using HttpResponseMessage response = await SendAsync(client, endpoint, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            _logger.BotTokenRefused(endpoint.Host, (int)response.StatusCode);
            throw new BotTokenException($"The token endpoint {endpoint.Host} refused the bot's credentials ({(int)response.StatusCode}).");
        }

        JsonTokenResponse? body = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.JsonTokenResponse, cancellationToken);
        if (string.IsNullOrEmpty(body?.AccessToken) || body.ExpiresIn is not > 0)
        {
            throw new BotTokenException($"The token endpoint {endpoint.Host} answered without a token.");
        }

        DateTimeOffset expiresAt = requestedAt + TimeSpan.FromSeconds(body.ExpiresIn.Value);
        _logger.BotTokenAcquired(endpoint.Host, expiresAt);
        return new CachedToken(body.AccessToken, expiresAt);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, Uri endpoint, FormUrlEncodedContent form, CancellationToken cancellationToken)
    {
        try
        {
            return await client.PostAsync(endpoint, form, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            _logger.BotTokenUnreachable(endpoint.Host, exception.HttpRequestError.ToString());
            throw new BotTokenException($"The token endpoint {endpoint.Host} could not be reached.", exception);
        }
    }

    private sealed record CachedToken(string Value, DateTimeOffset ExpiresAt)
    {
        // Keep the token out of any accidental ToString (a log line, a debugger display).
        public override string ToString() => $"token expiring {ExpiresAt:O}";
    }
}
