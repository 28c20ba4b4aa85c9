using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ChatOpsItsm.TestSupport.Teams;

/// <summary>
/// An in-process Bot Connector and token endpoint: plug it in as the primary handler of the Teams HTTP clients. It
/// records every request (method, escaped path, headers, body) and answers like the service: <c>{"id"}</c> for
/// activities, <c>{"id","activityId"}</c> for new conversations (a channel thread's id is the channel id plus
/// <c>;messageid=</c>), a bearer token for <c>…/oauth2/v2.0/token</c>. Scripted faults come first, in order:
/// <see cref="Enqueue"/> and <see cref="EnqueueToken"/> for the next requests, <see cref="FailHost"/> for every request to one host.
/// </summary>
public sealed class FakeConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<FakeConnectorResponse> _scripted = new();
    private readonly ConcurrentQueue<FakeConnectorResponse> _scriptedTokens = new();
    private readonly ConcurrentDictionary<string, FakeConnectorResponse> _failingHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeConnectorCall> _calls = [];
    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private int _nextId = 1000;

    public FakeConnector(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Lifetime of the tokens it issues, in seconds.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3599;

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<FakeConnectorCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The requests other than token requests.</summary>
    public IReadOnlyList<FakeConnectorCall> ConnectorCalls => [.. Calls.Where(call => !IsToken(call.Uri))];

    /// <summary>The token requests.</summary>
    public IReadOnlyList<FakeConnectorCall> TokenCalls => [.. Calls.Where(call => IsToken(call.Uri))];

    /// <summary>Answers the next connector request (not a token request) with <paramref name="response"/>.</summary>
    public void Enqueue(FakeConnectorResponse response) => _scripted.Enqueue(response);

    /// <summary>Answers the next token request with <paramref name="response"/>.</summary>
    public void EnqueueToken(FakeConnectorResponse response) => _scriptedTokens.Enqueue(response);

    /// <summary>Answers every request to <paramref name="host"/> with <paramref name="response"/> until <see cref="HealHost"/>.</summary>
    public void FailHost(string host, FakeConnectorResponse response) => _failingHosts[host] = response;

    public void HealHost(string host) => _failingHosts.TryRemove(host, out _);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Uri uri = request.RequestUri!;
        FakeConnectorCall call = new(
            request.Method.Method,
            uri,
            uri.AbsolutePath,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            body,
            _timeProvider.GetUtcNow());
        bool failing = _failingHosts.TryGetValue(uri.Host, out FakeConnectorResponse? failure)
            || (IsToken(uri) ? _scriptedTokens : _scripted).TryDequeue(out failure);
        string answer = failing ? failure!.Body ?? "{}" : IsToken(uri) ? TokenBody() : Normal(request.Method, uri, body);
        lock (_lock)
        {
            _calls.Add(call with { ResponseBody = answer });
        }

        return failing ? Answer(failure!) : Json(HttpStatusCode.OK, answer);
    }

    private static bool IsToken(Uri uri) => uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal);

    private static HttpResponseMessage Answer(FakeConnectorResponse scripted)
    {
        HttpResponseMessage response = Json(scripted.Status, scripted.Body ?? "{}");
        if (scripted.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
        }

        return response;
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private string TokenBody() =>
        $$"""{"token_type":"Bearer","expires_in":{{TokenLifetimeSeconds.ToString(CultureInfo.InvariantCulture)}},"ext_expires_in":3599,"access_token":"fake-token-{{NextId()}}"}""";

    private string Normal(HttpMethod method, Uri uri, string body)
    {
        string[] segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (method == HttpMethod.Put)
        {
            return JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = Uri.UnescapeDataString(segments[^1]) });
        }

        if (segments[^1] == "conversations")
        {
            string id = NextId();
            string? channel = ChannelOf(body);
            string conversation = channel is null ? "a:direct-" + id : $"{channel};messageid={id}";
            return JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = conversation, ["activityId"] = id });
        }

        return JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = NextId() });
    }

    private static string? ChannelOf(string body)
    {
        using JsonDocument document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("channelData", out JsonElement data)
            && data.TryGetProperty("channel", out JsonElement channel)
            && channel.TryGetProperty("id", out JsonElement id)
                ? id.GetString()
                : null;
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
