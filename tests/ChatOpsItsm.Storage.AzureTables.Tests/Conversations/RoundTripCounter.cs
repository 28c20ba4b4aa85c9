using System.Diagnostics.Metrics;
using ChatOpsItsm.Storage.AzureTables.Telemetry;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Conversations;

/// <summary>Listens to one storage instance's round-trip counter, as the benchmark does, and keeps the total.</summary>
internal sealed class RoundTripCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public RoundTripCounter(StorageMetrics metrics)
    {
        // Tests run in parallel, each with its own storage: listen to this instance's meter only.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter) && instrument.Name == StorageMetrics.RoundTripsName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => Interlocked.Add(ref _count, measurement));
        _listener.Start();
    }

    /// <summary>Round trips since the last call.</summary>
    public long Take() => Interlocked.Exchange(ref _count, 0);

    public void Dispose() => _listener.Dispose();
}
