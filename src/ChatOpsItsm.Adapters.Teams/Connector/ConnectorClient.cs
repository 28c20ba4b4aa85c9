using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatOpsItsm.Adapters.Teams.OutboundAuth;
using ChatOpsItsm.Adapters.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ChatOpsItsm.Adapters.Teams.Connector;

/// <summary>
/// The Bot Connector REST calls the bot makes (brief §4.2), a typed <see cref="HttpClient"/> behind the
/// <see cref="ConnectorResilience"/> handler. Every call checks the service URL with <see cref="ServiceUrlPolicy"/>
/// before the token is attached, escapes the ids in the path, and retries once with a new token after a 401.
/// </summary>
internal sealed class ConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";

    private readonly HttpClient _httpClient;
    private readonly BotTokenProvider _tokens;
    private readonly ServiceUrlPolicy _serviceUrls;
    private readonly ILogger _logger;

    public ConnectorClient(HttpClient httpClient, BotTokenProvider tokens, ServiceUrlPolicy serviceUrls, ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(serviceUrls);
        _httpClient = httpClient;
        _tokens = tokens;
        _serviceUrls = serviceUrls;
        _logger = logger;
    }

    /// <summary><c>POST v3/conversations/{id}/activities</c>: the new activity's id.</summary>
    public async Task<string> SendToConversationAsync(string serviceUrl, string conversationId, JsonActivity activity, CancellationToken cancellationToken)
    {
        Uri uri = Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");
        JsonResourceResponse? response = await CallAsync(
            HttpMethod.Post, uri, "activities", Content(activity), TeamsJsonContext.Default.JsonResourceResponse, cancellationToken);
        return IdOf(response?.Id, "send");
    }

    /// <summary><c>POST v3/conversations/{id}/activities/{activityId}</c> with <c>replyToId</c> set: the reply's id.</summary>
    public async Task<string> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, JsonActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ReplyToId = activityId;
        Uri uri = Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");
        JsonResourceResponse? response = await CallAsync(
            HttpMethod.Post, uri, "reply", Content(activity), TeamsJsonContext.Default.JsonResourceResponse, cancellationToken);
        return IdOf(response?.Id, "reply");
    }

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>: replaces a message the bot sent.</summary>
    public async Task UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, JsonActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = activityId;
        Uri uri = Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");
        await CallAsync(HttpMethod.Put, uri, "update", Content(activity), TeamsJsonContext.Default.JsonResourceResponse, cancellationToken);
    }

    /// <summary><c>POST v3/conversations</c>: a 1:1 chat with a person or a new thread in a channel.</summary>
    public async Task<JsonConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, JsonConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Uri uri = Build(serviceUrl, "v3/conversations");
        JsonConversationResourceResponse? response = await CallAsync(
            HttpMethod.Post,
            uri,
            "conversations",
            () => JsonContent.Create(parameters, TeamsJsonContext.Default.JsonConversationParameters),
            TeamsJsonContext.Default.JsonConversationResourceResponse,
            cancellationToken);
        IdOf(response?.Id, "create conversation");
        return response!;
    }

    private static Func<HttpContent> Content(JsonActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return () => JsonContent.Create(activity, TeamsJsonContext.Default.JsonActivity);
    }

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    private static string IdOf(string? id, string operation) =>
        string.IsNullOrEmpty(id) ? throw new ConnectorException($"The Bot Connector answered the {operation} without an id.") : id;

    private Uri Build(string serviceUrl, string relative) => new(_serviceUrls.Trust(serviceUrl), relative);

    private async Task<T?> CallAsync<T>(
        HttpMethod method, Uri uri, string operation, Func<HttpContent> content, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> answer, CancellationToken cancellationToken)
        where T : class
    {
        string token = await _tokens.GetTokenAsync(cancellationToken);
        HttpResponseMessage response = await SendAsync(method, uri, token, content, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // Brief §3.2: a 401 means the token went stale early; fetch a new one, once.
            response.Dispose();
            _logger.ConnectorTokenRejected();
            _tokens.Invalidate(token);
            token = await _tokens.GetTokenAsync(cancellationToken);
            response = await SendAsync(method, uri, token, content, cancellationToken);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync(method, uri, operation, response, cancellationToken);
            }

            if (response.Content.Headers.ContentLength == 0)
            {
                return null;
            }

            try
            {
                return await response.Content.ReadFromJsonAsync(answer, cancellationToken);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, Uri uri, string token, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        using HttpRequestMessage request = new(method, uri) { Content = content() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            return await _httpClient.SendAsync(request, cancellationToken);
        }
        catch (BrokenCircuitException exception)
        {
            throw new ConnectorUnavailableException(
                $"The Bot Connector at {uri.Host} kept failing; its circuit is open, so the delivery queue retries later.", exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            throw new ConnectorUnavailableException($"The Bot Connector at {uri.Host} could not be reached or timed out.", exception);
        }
    }

    private async Task<ConnectorException> FailureAsync(
        HttpMethod method, Uri uri, string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? code = null;
        try
        {
            JsonErrorResponse? error = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.JsonErrorResponse, cancellationToken);
            code = error?.Error?.Code;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Not the documented error body; the status code says enough.
        }

        string? correlation = response.Headers.TryGetValues(CorrelationHeader, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;
        int status = (int)response.StatusCode;
        _logger.ConnectorCallFailed(method.Method, operation, uri.Host, status, code, correlation);
        return new ConnectorException(
            $"The Bot Connector at {uri.Host} answered {method.Method} {operation} with {status}{(code is null ? "" : " " + code)}.",
            response.StatusCode,
            code);
    }
}
