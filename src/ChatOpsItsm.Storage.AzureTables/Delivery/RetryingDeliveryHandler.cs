using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace ChatOpsItsm.Storage.AzureTables.Delivery;

/// <summary>
/// Calls the engine's <see cref="IDeliveryHandler"/> with two quick jittered retries for a blip, all of it bounded
/// by <see cref="DeliveryOptions.VisibilityTimeout"/> (past that the message surfaces for another worker anyway).
/// What still fails goes back to the queue with a longer backoff.
/// </summary>
internal sealed class RetryingDeliveryHandler
{
    private const int QuickRetries = 2;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(100);

    private readonly IDeliveryHandler _handler;
    private readonly ResiliencePipeline _pipeline;

    public RetryingDeliveryHandler(IDeliveryHandler handler, IOptions<DeliveryOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _handler = handler;
        _pipeline = new ResiliencePipelineBuilder { Name = "ChatOpsItsm.Delivery", TimeProvider = timeProvider }
            .AddTimeout(options.Value.VisibilityTimeout)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = arguments => ValueTask.FromResult(
                    arguments.Outcome.Exception is { } exception
                    && !(exception is OperationCanceledException && arguments.Context.CancellationToken.IsCancellationRequested)),
                MaxRetryAttempts = QuickRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = FirstRetryDelay,
            })
            .Build();
    }

    /// <exception cref="Exception">Whatever the handler threw on its last attempt, or a timeout.</exception>
    public async Task<DeliveryResult> HandleAsync(OutboundWork work, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(async token => await _handler.HandleAsync(work, token), cancellationToken);
}
