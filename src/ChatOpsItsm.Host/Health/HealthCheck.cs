using ChatOpsItsm.Storage.AzureTables.Health;

namespace ChatOpsItsm.Host.Health;

/// <summary>
/// Whether this instance can do its work: storage answers a probe within <see cref="ProbeTimeout"/>. A load
/// balancer polls this, so it must answer quickly even while storage hangs.
/// </summary>
internal sealed class HealthCheck(StorageProbe probe, TimeProvider timeProvider, ILogger<HealthCheck> logger)
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public async Task<bool> StorageIsReachableAsync(CancellationToken cancellationToken)
    {
        using CancellationTokenSource bounded = new(ProbeTimeout, timeProvider);
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(bounded.Token, cancellationToken);
        bool reachable;
        try
        {
            reachable = (await probe.CheckAsync(linked.Token)).IsHealthy;
        }
        catch (OperationCanceledException) when (bounded.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            reachable = false;
        }

        if (!reachable)
        {
            logger.HealthStorageUnreachable();
        }

        return reachable;
    }
}
