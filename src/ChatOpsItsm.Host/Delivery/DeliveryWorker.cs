using ChatOpsItsm.Host.Configuration;
using ChatOpsItsm.Storage.AzureTables.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Delivery;

/// <summary>
/// Takes outbound work from the queue and carries it out, on every instance: the queue hides a message from the
/// others while one instance handles it. Waits <c>Delivery:PollInterval</c> only after a pass that found nothing.
/// </summary>
internal sealed class DeliveryWorker(
    QueueDeliveryPump pump,
    IOptions<DeliveryOptions> delivery,
    IOptions<DeliveryWorkersOptions> workers,
    TimeProvider timeProvider,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!workers.Value.WorkersEnabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!await RunPassAsync(stoppingToken))
                {
                    await Task.Delay(delivery.Value.PollInterval, timeProvider, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; work taken but not finished reappears on the queue for another instance.
        }
    }

    /// <returns>Whether the pass found work (then the next pass starts at once).</returns>
    private async Task<bool> RunPassAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await pump.RunOnceAsync(stoppingToken) > 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.DeliveryPassFailed(exception);
            return false;
        }
    }
}
