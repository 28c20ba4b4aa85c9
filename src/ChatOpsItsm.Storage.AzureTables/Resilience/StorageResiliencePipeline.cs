using ChatOpsItsm.Engine.Storage;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace ChatOpsItsm.Storage.AzureTables.Resilience;

/// <summary>
/// The one resilience pipeline every storage call goes through, built once: retry with exponential jittered
/// backoff (transient faults only), a circuit breaker, and a timeout per attempt. What still fails for a
/// transient reason, or hits the open circuit, becomes a <see cref="StorageUnavailableException"/>.
/// </summary>
internal sealed class StorageResiliencePipeline
{
    /// <summary>The message an outage surfaces with: plain, no connection details.</summary>
    public const string UnavailableMessage = "Azure Table Storage is not reachable right now.";

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SamplingDuration = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(15);

    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    public StorageResiliencePipeline(
        IOptions<TableStorageOptions> options, TimeProvider timeProvider, ILogger<StorageResiliencePipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _logger = logger;
        TableStorageOptions settings = options.Value;
        ResiliencePipelineBuilder builder = new() { Name = "ChatOpsItsm.Storage", TimeProvider = timeProvider };
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(RetryOptions(settings.MaxRetries));
        }

        _pipeline = builder.AddCircuitBreaker(BreakerOptions()).AddTimeout(settings.OperationTimeout).Build();
    }

    /// <summary>Runs one storage call with retries, the breaker and the per-attempt timeout.</summary>
    /// <exception cref="StorageUnavailableException">Storage could not be reached, kept failing, or refused the credentials.</exception>
    /// <remarks>Answers such as 404, 409 and 412 come out as the SDK's <see cref="Azure.RequestFailedException"/>.</remarks>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            return await _pipeline.ExecuteAsync(operation, cancellationToken);
        }
        catch (BrokenCircuitException exception)
        {
            _logger.StorageUnavailable("circuit open");
            throw new StorageUnavailableException(UnavailableMessage, exception);
        }
        catch (Exception exception) when (TransientFaults.IsTransient(exception, cancellationToken) || TransientFaults.IsAccessDenied(exception))
        {
            _logger.StorageUnavailable(TransientFaults.Describe(exception));
            throw new StorageUnavailableException(UnavailableMessage, exception);
        }
    }

    private RetryStrategyOptions RetryOptions(int maxRetries) => new()
    {
        ShouldHandle = ShouldHandle,
        MaxRetryAttempts = maxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = FirstRetryDelay,
        MaxDelay = MaxRetryDelay,
        OnRetry = arguments =>
        {
            _logger.StorageRetry(Describe(arguments.Outcome), arguments.AttemptNumber + 2, arguments.RetryDelay.TotalMilliseconds);
            return default;
        },
    };

    private CircuitBreakerStrategyOptions BreakerOptions() => new()
    {
        ShouldHandle = ShouldHandle,
        FailureRatio = 0.5,
        MinimumThroughput = 10,
        SamplingDuration = SamplingDuration,
        BreakDuration = BreakDuration,
        OnOpened = arguments =>
        {
            _logger.CircuitOpened(arguments.BreakDuration.TotalSeconds, Describe(arguments.Outcome));
            return default;
        },
        OnClosed = _ =>
        {
            _logger.CircuitClosed();
            return default;
        },
    };

    private static ValueTask<bool> ShouldHandle(RetryPredicateArguments<object> arguments) =>
        IsTransient(arguments.Outcome, arguments.Context.CancellationToken);

    private static ValueTask<bool> ShouldHandle(CircuitBreakerPredicateArguments<object> arguments) =>
        IsTransient(arguments.Outcome, arguments.Context.CancellationToken);

    private static ValueTask<bool> IsTransient(Outcome<object> outcome, CancellationToken cancellationToken) =>
        ValueTask.FromResult(outcome.Exception is { } exception && TransientFaults.IsTransient(exception, cancellationToken));

    private static string Describe(Outcome<object> outcome) =>
        outcome.Exception is { } exception ? TransientFaults.Describe(exception) : "no exception";
}
