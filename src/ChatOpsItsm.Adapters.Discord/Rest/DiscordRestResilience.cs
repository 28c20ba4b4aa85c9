using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ChatOpsItsm.Adapters.Discord.Rest;

/// <summary>
/// The retry pipeline around each attempt of a REST call (brief §7): 500/502/503/504, lost connections and timed-out
/// attempts are retried with exponential backoff and jitter; 4xx never (401/403 would burn the invalid-request
/// budget, and 429 is the rate limiter's to wait out). The timeout applies per attempt, inside the retry.
/// Retrying a POST is safe for channel messages, which carry a nonce Discord enforces; a follow-up may rarely repeat.
/// </summary>
internal static class DiscordRestResilience
{
    public const string PipelineName = "ChatOpsItsm.Discord.Rest";

    /// <summary>The route description (ids templated, no token) of the call, for the retry log.</summary>
    public static readonly ResiliencePropertyKey<string> RouteKey = new("ChatOpsItsm.Discord.Route");

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, DiscordRestResilienceOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(response => IsTransient(response.StatusCode)),
            OnRetry = arguments =>
            {
                string route = arguments.Context.Properties.GetValue(RouteKey, "(unknown route)");
                logger.RequestRetried(route, arguments.AttemptNumber + 2, arguments.RetryDelay.TotalMilliseconds, Describe(arguments.Outcome));
                return default;
            },
        });
        builder.AddTimeout(options.AttemptTimeout);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception
            ? exception.GetType().Name
            : ((int?)outcome.Result?.StatusCode)?.ToString(CultureInfo.InvariantCulture) ?? "no response";
}
