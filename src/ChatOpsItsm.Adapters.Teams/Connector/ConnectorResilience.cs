using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace ChatOpsItsm.Adapters.Teams.Connector;

/// <summary>
/// The resilience handler of <see cref="ConnectorClient"/>: retry outside, circuit breaker, timeout per attempt inside.
/// Registered with <c>SelectPipelineByAuthority</c>, so each service URL host gets its own pipeline and breaker.
/// Retries follow brief §6.2: 429 (honouring <c>Retry-After</c>), 412 and 503 freely; 502, 504, timeouts and lost
/// connections only once for a POST (it may have been delivered; a rare duplicate beats a lost message) and freely
/// for PUT; 500 and other 4xx never.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "ChatOpsItsm.Teams.Connector";

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorResilienceOptions options, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldRetryAfterHeader = false,
            ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.AttemptNumber, arguments.Context, options, timeProvider)),
            DelayGenerator = arguments => ValueTask.FromResult(RetryAfter.Delay(arguments.Outcome.Result, timeProvider)),
            OnRetry = arguments =>
            {
                logger.ConnectorRetry(HostOf(arguments.Context), arguments.AttemptNumber + 2, arguments.RetryDelay.TotalMilliseconds, Describe(arguments.Outcome));
                return default;
            },
        });
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.FailureRatio,
            MinimumThroughput = options.MinimumThroughput,
            SamplingDuration = options.SamplingDuration,
            BreakDuration = options.BreakDuration,
            ShouldHandle = arguments => ValueTask.FromResult(IsFailure(arguments.Outcome)),
            OnOpened = arguments =>
            {
                logger.ConnectorCircuitOpened(HostOf(arguments.Context), arguments.BreakDuration.TotalSeconds, Describe(arguments.Outcome));
                return default;
            },
            OnClosed = arguments =>
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.ConnectorCircuitClosed(HostOf(arguments.Context));
                }

                return default;
            },
        });
        builder.AddTimeout(options.AttemptTimeout);
    }

    private static bool ShouldRetry(
        Outcome<HttpResponseMessage> outcome, int attempt, ResilienceContext context, ConnectorResilienceOptions options, TimeProvider timeProvider)
    {
        bool idempotent = context.GetRequestMessage()?.Method != HttpMethod.Post;
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException && (idempotent || attempt == 0);
        }

        HttpResponseMessage? response = outcome.Result;
        return response?.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RetryAfter.Delay(response, timeProvider) is not { } wait || wait <= options.MaxRetryAfter,
            HttpStatusCode.PreconditionFailed or HttpStatusCode.ServiceUnavailable => true,
            HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => idempotent || attempt == 0,
            _ => false,
        };
    }

    /// <summary>What counts against the host's breaker: server errors and lost or timed-out attempts, not throttling.</summary>
    private static bool IsFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && (int)response.StatusCode >= 500);

    private static string HostOf(ResilienceContext context) => context.GetRequestMessage()?.RequestUri?.Host ?? "(unknown)";

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception
            ? exception.GetType().Name
            : ((int?)outcome.Result?.StatusCode)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response";
}
