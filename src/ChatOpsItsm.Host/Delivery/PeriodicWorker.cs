using ChatOpsItsm.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Delivery;

/// <summary>
/// A chore every instance runs on a fixed interval while <c>Delivery:WorkersEnabled</c> is on. A failed run is
/// logged and the next one comes on time; stopping the host ends the loop.
/// </summary>
internal abstract class PeriodicWorker(IOptions<DeliveryWorkersOptions> workers, TimeProvider timeProvider) : BackgroundService
{
    protected TimeProvider TimeProvider => timeProvider;

    protected abstract TimeSpan Interval(DeliveryWorkersOptions options);

    protected abstract Task RunOnceAsync(CancellationToken stoppingToken);

    protected abstract void OnFailure(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!workers.Value.WorkersEnabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunGuardedAsync(stoppingToken);
                await Task.Delay(Interval(workers.Value), timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; another instance, or the next start, does what is left.
        }
    }

    private async Task RunGuardedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            OnFailure(exception);
        }
    }
}
