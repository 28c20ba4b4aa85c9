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
    ILogger<OutboxSweepWorker> logger) : PeriodicWorker(workers, timeProvider)
{
    protected override TimeSpan Interval(DeliveryWorkersOptions options) => options.SweepInterval;

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => sweeper.SweepAsync(stoppingToken);

    protected override void OnFailure(Exception exception) => logger.OutboxSweepFailed(exception);
}
