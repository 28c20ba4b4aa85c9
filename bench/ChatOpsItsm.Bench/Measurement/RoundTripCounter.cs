using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ChatOpsItsm.Bench.Measurement;

/// <summary>
/// Listens to the storage project's counter: <c>chatops.storage.round_trips</c> on the meter
/// <c>ChatOpsItsm.Storage</c>, added to by a policy in the Azure table client's pipeline once per HTTP
/// request sent (retries included). The bench's own floor client has no such policy, so it is not counted.
/// </summary>
internal sealed class RoundTripCounter : IDisposable
{
    public const string MeterName = "ChatOpsItsm.Storage";
    public const string InstrumentName = "chatops.storage.round_trips";
    private const string OperationTag = "operation";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _byOperation = new(StringComparer.Ordinal);
    private long _total;

    public RoundTripCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name == InstrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public RoundTripSnapshot Snapshot() =>
        new(Total, new Dictionary<string, long>(_byOperation, StringComparer.Ordinal));

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string operation = "?";
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            if (tag.Key == OperationTag && tag.Value is string method)
            {
                operation = method;
            }
        }

        _byOperation.AddOrUpdate(operation, value, (_, count) => count + value);
        Interlocked.Add(ref _total, value);
    }
}
