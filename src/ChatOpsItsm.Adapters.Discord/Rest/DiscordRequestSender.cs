using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatOpsItsm.Adapters.Discord.Protocol;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Registry;
using Polly.Timeout;

namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// Sends one <see cref="DiscordRequest"/> through the rate limiter's queue, the retry pipeline and the named
/// <see cref="HttpClient"/>, and turns an error answer into a <see cref="DiscordApiException"/>. After a 401 on a bot
/// route it stops every bot-token request (<see cref="DiscordBotTokenRejectedException"/>); webhook routes go on.
/// </summary>
internal sealed class DiscordRequestSender(
    IHttpClientFactory httpClients, DiscordRateLimiter limiter, ResiliencePipelineProvider<string> pipelines, ILogger<DiscordRequestSender> logger)
{
    /// <summary>Discord wants <c>DiscordBot (url, version)</c>; Cloudflare may block a request without a valid one.</summary>
    public static readonly string UserAgent = $"DiscordBot (https://github.com/chatops-itsm/chatops-itsm, {Version()})";

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = pipelines.GetPipeline<HttpResponseMessage>(DiscordRestResilience.PipelineName);
    private volatile bool _botTokenRejected;

    /// <summary>Sends the request and reads the answer as <typeparamref name="T"/>; null when the answer has no body.</summary>
    public async Task<T?> SendAsync<T>(DiscordRequest request, JsonTypeInfo<T> answer, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answer);
        DiscordRoute route = request.Route;
        if (route.UsesBotToken && _botTokenRejected)
        {
            throw new DiscordBotTokenRejectedException();
        }

        RateLimitQueue queue = await limiter.EnterAsync(route, cancellationToken);
        try
        {
            using HttpResponseMessage response = await SendWithinLimitsAsync(request, queue, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw await FailureAsync(route, response, cancellationToken);
            }

            return await ReadAsync(response, answer, cancellationToken);
        }
        finally
        {
            queue.Exit();
        }
    }

    /// <summary>Sends until the answer is not a 429 the limiter is willing to wait out.</summary>
    private async Task<HttpResponseMessage> SendWithinLimitsAsync(DiscordRequest request, RateLimitQueue queue, CancellationToken cancellationToken)
    {
        for (int rateLimited = 0; ; rateLimited++)
        {
            HttpResponseMessage response = await SendWithRetriesAsync(request, queue, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            JsonErrorResponse? body = await ReadErrorAsync(response, cancellationToken);
            TimeSpan wait = limiter.RateLimited(request.Route, queue, response, RateLimitHeaders.Read(response), body?.RetryAfter, body?.Global == true);
            if (!limiter.WillWaitOut(wait, rateLimited))
            {
                return response;
            }

            // The next attempt waits in WaitTurnAsync: the bucket (or every bot route) is now paused for `wait`.
            response.Dispose();
        }
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(DiscordRequest request, RateLimitQueue queue, CancellationToken cancellationToken)
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(DiscordRestResilience.RouteKey, request.Route.Description);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (context, state) => new ValueTask<HttpResponseMessage>(state.Sender.SendOnceAsync(state.Request, state.Queue, context.CancellationToken)),
                context,
                (Sender: this, Request: request, Queue: queue));
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            // The inner exception comes from the socket or the timer and holds no URL, so no token.
            throw new DiscordUnavailableException($"Discord could not be reached, or did not answer in time, for {request.Route.Description}.", exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(DiscordRequest request, RateLimitQueue queue, CancellationToken cancellationToken)
    {
        await limiter.WaitTurnAsync(request.Route, queue, cancellationToken);
        using HttpRequestMessage message = Build(request);
        HttpResponseMessage response = await httpClients.CreateClient(DiscordRestClient.HttpClientName).SendAsync(message, cancellationToken);
        limiter.Observe(request.Route, queue, response, RateLimitHeaders.Read(response));
        return response;
    }

    private static HttpRequestMessage Build(DiscordRequest request)
    {
        HttpRequestMessage message = new(request.Route.Method, new Uri(request.Route.Path, UriKind.Relative));
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (request.BotAuthorization is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", request.BotAuthorization);
        }

        if (request.AuditLogReason is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Audit-Log-Reason", Uri.EscapeDataString(request.AuditLogReason));
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return message;
    }

    private async Task<Exception> FailureAsync(DiscordRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        JsonErrorResponse? error = await ReadErrorAsync(response, cancellationToken);
        int status = (int)response.StatusCode;
        logger.RequestFailed(route.Description, status, error?.Code);
        string detail = error?.Message is { Length: > 0 } text ? ": " + route.Redact(text) : "";
        DiscordApiException exception = new(
            $"Discord answered {route.Description} with {status}{(error?.Code is { } code ? " (code " + code + ")" : "")}{detail}",
            response.StatusCode,
            error?.Code,
            route.Description);
        if (response.StatusCode == HttpStatusCode.Unauthorized && route.UsesBotToken)
        {
            _botTokenRejected = true;
            logger.BotTokenRejected(route.Description);
            return new DiscordBotTokenRejectedException(DiscordBotTokenRejectedException.Advice, exception);
        }

        return exception;
    }

    private static async Task<JsonErrorResponse?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            // Buffered, so a 429 given up on can be read again for its exception.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(
                await response.Content.ReadAsStreamAsync(cancellationToken), DiscordJsonContext.Default.JsonErrorResponse, cancellationToken);
        }
        catch (JsonException)
        {
            // Not Discord's error body (a proxy's HTML page, say): the status says enough.
            return null;
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> answer, CancellationToken cancellationToken)
        where T : class
    {
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        return await JsonSerializer.DeserializeAsync(await response.Content.ReadAsStreamAsync(cancellationToken), answer, cancellationToken);
    }

    private static string Version()
    {
        string? version = typeof(DiscordRequestSender).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        // "1.2.0+<commit>": the commit adds nothing for Discord.
        return string.IsNullOrEmpty(version) ? "1.0" : version.Split('+')[0];
    }
}
