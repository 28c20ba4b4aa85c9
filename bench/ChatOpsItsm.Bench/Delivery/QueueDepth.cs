using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace ChatOpsItsm.Bench.Delivery;

/// <summary>
/// How many messages a host's delivery queue holds, hidden timers included (the service's approximate count),
/// read through the bench's own client so it is not counted as the host's. Azurite's receive slows as that number
/// grows, so each delivery phase reports the depth it started from.
/// </summary>
internal sealed class QueueDepth(string connectionString, string queueName)
{
    private readonly QueueClient _queue = new(connectionString, queueName);

    /// <returns>The approximate count, or null when the queue could not be read.</returns>
    public async Task<int?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Response<QueueProperties> properties = await _queue.GetPropertiesAsync(cancellationToken);
            return properties.Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException)
        {
            return null;
        }
    }
}
