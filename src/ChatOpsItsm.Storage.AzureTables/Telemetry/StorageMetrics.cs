using System.Diagnostics.Metrics;

namespace ChatOpsItsm.Storage.AzureTables.Telemetry;

/// <summary>
/// The storage meter, <c>ChatOpsItsm.Storage</c>. Its counter <c>chatops.storage.round_trips</c> counts every
/// HTTP request sent to Azure Table and Queue Storage, retries included, tagged <c>operation</c> with the HTTP method
/// (a transaction is one <c>POST</c>). The benchmark reads it with a <see cref="MeterListener"/>.
/// </summary>
public sealed class StorageMetrics : IDisposable
{
    public const string MeterName = "ChatOpsItsm.Storage";

    public const string RoundTripsName = "chatops.storage.round_trips";

    public const string OperationTag = "operation";

    private readonly bool _ownsMeter;

    /// <param name="meterFactory">The host's factory; without one the meter is created here and disposed with this object.</param>
    internal StorageMetrics(IMeterFactory? meterFactory)
    {
        _ownsMeter = meterFactory is null;
        Meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        RoundTrips = Meter.CreateCounter<long>(
            RoundTripsName, unit: "{request}", description: "HTTP requests sent to Azure Table and Queue Storage, retries included.");
    }

    internal Meter Meter { get; }

    internal Counter<long> RoundTrips { get; }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            Meter.Dispose();
        }
    }
}
