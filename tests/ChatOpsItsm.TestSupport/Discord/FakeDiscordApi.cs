using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatOpsItsm.TestSupport.Discord;

/// <summary>
/// An in-process Discord REST v10: plug it in as the primary handler of the adapter's named HttpClient
/// (<c>ConfigurePrimaryHttpMessageHandler(() =&gt; fake)</c>) with <c>Discord:ApiBaseUrl</c> = <see cref="BaseUrl"/>.
/// It records every request (<see cref="Calls"/>) and answers as Discord does (<see cref="FakeDiscordApi"/>'s
/// <c>Routes</c> part): channel messages (with <c>nonce</c> + <c>enforce_nonce</c> deduplication), edits (10008 when
/// gone), DM channels, threads (160004 the second time), interaction webhooks, command overwrites and the bot user.
/// Scripted answers and failures come first, in order (<see cref="Enqueue"/>, <see cref="EnqueueFailure"/>).
/// Thread-safe; <see cref="WaitForCallAsync"/> waits for calls made by a background worker.
/// </summary>
public sealed partial class FakeDiscordApi : HttpMessageHandler
{
    /// <summary>A base URL to configure; any host works, and the <c>/api/v10</c> prefix is stripped from recorded paths.</summary>
    public const string BaseUrl = "https://discord.test/api/v10";

    private readonly List<(FakeDiscordResponse? Response, Exception? Failure, Func<FakeDiscordCall, bool>? When)> _scripted = [];
    private readonly List<FakeDiscordCall> _calls = [];
    private readonly List<(Func<FakeDiscordCall, bool> Predicate, TaskCompletionSource<FakeDiscordCall> Done)> _waiters = [];
    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;

    public FakeDiscordApi(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>When set, bot routes without <c>Authorization: Bot &lt;this&gt;</c> get 401, as Discord answers a bad token.</summary>
    public string? BotToken { get; set; }

    /// <summary>The bot user <c>GET /users/@me</c> returns; its id is the application id of the fixtures.</summary>
    public string BotUserId { get; set; } = "1100000000000000001";

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<FakeDiscordCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The interaction webhook requests (edits of <c>@original</c> and follow-ups).</summary>
    public IReadOnlyList<FakeDiscordCall> WebhookCalls => [.. Calls.Where(call => call.IsWebhook)];

    /// <summary>The bot-token requests.</summary>
    public IReadOnlyList<FakeDiscordCall> BotCalls => [.. Calls.Where(call => !call.IsWebhook)];

    /// <summary>Answers the next request (that <paramref name="when"/> matches, if given) with <paramref name="response"/>.</summary>
    public void Enqueue(FakeDiscordResponse response, Func<FakeDiscordCall, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        lock (_lock)
        {
            _scripted.Add((response, null, when));
        }
    }

    /// <summary>Fails the next request (that <paramref name="when"/> matches, if given) with <paramref name="failure"/>, as a lost connection does.</summary>
    public void EnqueueFailure(Exception failure, Func<FakeDiscordCall, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (_lock)
        {
            _scripted.Add((null, failure, when));
        }
    }

    /// <summary>Waits (in real time, at most <paramref name="timeout"/>) for a call matching <paramref name="predicate"/>, made or to come.</summary>
    public async Task<FakeDiscordCall> WaitForCallAsync(Func<FakeDiscordCall, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        TaskCompletionSource<FakeDiscordCall> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_calls.FirstOrDefault(predicate) is { } made)
            {
                return made;
            }

            _waiters.Add((predicate, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"No matching Discord call within {timeout}; calls so far: {string.Join(", ", Calls)}", exception);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        FakeDiscordCall call = await ReadAsync(request, cancellationToken);
        (FakeDiscordResponse? scripted, Exception? failure) = TakeScripted(call);
        if (failure is not null)
        {
            Publish(call);
            throw failure;
        }

        if (scripted is not null && (scripted.Body is not null || (int)scripted.Status >= 300))
        {
            Publish(call);
            return Respond(scripted.Status, scripted.Body ?? "", scripted.Headers);
        }

        (HttpStatusCode status, string body) = Answer(call);

        // Published only once answered, so a waiter woken by this call already sees what it stored (a posted message).
        Publish(call);
        return Respond(status, body, scripted?.Headers);
    }

    private async Task<FakeDiscordCall> ReadAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase);
        // Non-validated: the values as the client set them (parsing would split "DiscordBot (url, 1.0)" into products).
        IEnumerable<KeyValuePair<string, HeaderStringValues>> all = request.Content is null
            ? request.Headers.NonValidated
            : request.Headers.NonValidated.Concat(request.Content.Headers.NonValidated);
        foreach (KeyValuePair<string, HeaderStringValues> header in all)
        {
            headers[header.Key] = header.Value.ToString();
        }

        Uri uri = request.RequestUri!;
        return new FakeDiscordCall(request.Method.Method, ApiPath(uri.AbsolutePath), uri.Query, headers, body, _timeProvider.GetUtcNow());
    }

    private void Publish(FakeDiscordCall call)
    {
        lock (_lock)
        {
            _calls.Add(call);
            foreach ((Func<FakeDiscordCall, bool> predicate, TaskCompletionSource<FakeDiscordCall> done) in _waiters.Where(waiter => waiter.Predicate(call)).ToList())
            {
                done.TrySetResult(call);
                _waiters.RemoveAll(waiter => waiter.Done == done);
            }
        }
    }

    private (FakeDiscordResponse? Response, Exception? Failure) TakeScripted(FakeDiscordCall call)
    {
        lock (_lock)
        {
            int index = _scripted.FindIndex(entry => entry.When?.Invoke(call) ?? true);
            if (index < 0)
            {
                return (null, null);
            }

            (FakeDiscordResponse? response, Exception? failure, _) = _scripted[index];
            _scripted.RemoveAt(index);
            return (response, failure);
        }
    }

    /// <summary>The path after <c>/api/v&lt;n&gt;</c>, so tests read <c>/channels/…</c> whatever the base.</summary>
    private static string ApiPath(string absolutePath)
    {
        string[] segments = absolutePath.Split('/');
        int version = Array.FindIndex(segments, segment => segment.Length > 1 && segment[0] == 'v' && segment[1..].All(char.IsAsciiDigit));
        return version < 0 ? absolutePath : "/" + string.Join('/', segments[(version + 1)..]);
    }

    private static HttpResponseMessage Respond(HttpStatusCode status, string body, IReadOnlyDictionary<string, string>? headers)
    {
        HttpResponseMessage response = new(status);
        if (status != HttpStatusCode.NoContent)
        {
            response.Content = new StringContent(body, Encoding.UTF8, body.StartsWith('<') ? "text/html" : "application/json");
        }

        foreach ((string name, string value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    private static (HttpStatusCode, string) Error(HttpStatusCode status, int code, string message) =>
        (status, new JsonObject { ["code"] = code, ["message"] = message }.ToJsonString());
}
