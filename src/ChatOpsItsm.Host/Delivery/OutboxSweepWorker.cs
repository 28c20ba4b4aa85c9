using ChatOpsItsm.Host.Configuration;
using ChatOpsItsm.Storage.AzureTables.Delivery;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Delivery;

/// <summary>
/// Queues again the outbox entries whose queue message never arrived (the instance died between the ticket write
/// and the enqueue), every <c>Delivery:SweepInterval</c>. Every instance sweeps; the work ids keep it idempotent.
/// </summary>
internal sealed class OutboxSweepWorker(
    OutboxSweeper sweeper,
    IOptions<DeliveryWorkersOptions> workers,
    TimeProvider timeProvider,
    ILogger<OutboxSweepWorker> logger) : BackgroundService
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
                await SweepAsync(stoppingToken);
                await Task.Delay(workers.Value.SweepInterval, timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; another instance, or the next start, sweeps what is left.
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            await sweeper.SweepAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.OutboxSweepFailed(exception);
        }
    }
}
