using ChatOpsItsm.Adapters.Discord.Inbound;

namespace ChatOpsItsm.Host.DiscordChannel;

/// <summary>
/// On shutdown, waits (within the host's shutdown timeout) for interactions that were acknowledged early and are
/// still being worked on, so their answers reach the delivery queue instead of being lost with the process.
/// </summary>
internal sealed class PendingInteractionsDrain(PendingInteractions pending) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => pending.DrainAsync(cancellationToken);
}
