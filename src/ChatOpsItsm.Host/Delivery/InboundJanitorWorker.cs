using ChatOpsItsm.Host.Configuration;
using ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Delivery;

/// <summary>Purges inbound event ids older than the de-duplication window, every <c>Delivery:PurgeInterval</c> (an hour).</summary>
internal sealed class InboundJanitorWorker(
    InboundLedgerJanitor janitor,
    IOptions<DeliveryWorkersOptions> workers,
    TimeProvider timeProvider,
    ILogger<InboundJanitorWorker> logger) : PeriodicWorker(workers, timeProvider)
{
    protected override TimeSpan Interval(DeliveryWorkersOptions options) => options.PurgeInterval;

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => janitor.PurgeAsync(TimeProvider.GetUtcNow(), stoppingToken);

    protected override void OnFailure(Exception exception) => logger.InboundPurgeFailed(exception);
}
