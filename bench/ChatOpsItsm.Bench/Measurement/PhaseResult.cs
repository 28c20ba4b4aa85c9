namespace ChatOpsItsm.Bench.Measurement;

/// <summary>
/// The figures of one measured phase: a command through the host, or a raw storage operation.
/// <c>RoundTrips</c> are the storage requests the host counted during the phase (0 for the floor, whose client
/// is not counted); <c>AllocatedBytesPerRequest</c> is what the whole process allocated per request (host,
/// Azure SDK and load generator); <c>PeakWorkingSetBytes</c> is the process's high-water mark when the phase ended.
/// </summary>
internal sealed record PhaseResult(
    string Name,
    int Requests,
    int Failures,
    double ElapsedMilliseconds,
    LatencySummary Latency,
    long RoundTrips,
    IReadOnlyDictionary<string, long> RoundTripsByOperation,
    double AllocatedBytesPerRequest,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    long PeakWorkingSetBytes,
    long GcHeapSizeBytes,
    long GcCommittedBytes)
{
    public double Throughput => ElapsedMilliseconds > 0 ? Requests / (ElapsedMilliseconds / 1000) : 0;

    public double RoundTripsPerRequest => Requests > 0 ? (double)RoundTrips / Requests : 0;
}
