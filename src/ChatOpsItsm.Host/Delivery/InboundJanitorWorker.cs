using ChatOpsItsm.Host.Configuration;
using ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Delivery;

/// <summary>Purges inbound event ids older than the de-duplication window, every <c>Delivery:PurgeInterval</c> (an hour).</summary>
internal sealed class InboundJanitorWorker(
    InboundLedgerJanitor janitor,
    IOptions<DeliveryWorkersOptions> workers,
    TimeProvider timeProvider,
    ILogger<InboundJanitorWorker> logger) : BackgroundService
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
                await PurgeAsync(stoppingToken);
                await Task.Delay(workers.Value.PurgeInterval, timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the next purge catches up.
        }
    }

    private async Task PurgeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await janitor.PurgeAsync(timeProvider.GetUtcNow(), stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.InboundPurgeFailed(exception);
        }
    }
}
