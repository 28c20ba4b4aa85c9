using Azure.Core;
using Azure.Core.Pipeline;

namespace ChatOpsItsm.Storage.AzureTables.Telemetry;

/// <summary>
/// Counts each request the table and queue clients put on the wire. It sits at the per-retry position, so a request
/// sent again counts again: the figure is the real number of round trips.
/// </summary>
internal sealed class StorageRoundTripPolicy : HttpPipelineSynchronousPolicy
{
    private readonly StorageMetrics _metrics;

    public StorageRoundTripPolicy(StorageMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _metrics = metrics;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _metrics.RoundTrips.Add(1, new KeyValuePair<string, object?>(StorageMetrics.OperationTag, message.Request.Method.Method));
    }
}
