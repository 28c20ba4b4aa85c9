using System.Diagnostics;

namespace ChatOpsItsm.Bench.Measurement;

/// <summary>
/// Round trips counted request by request: the operation is called one at a time and the counter read
/// before and after each call, so nothing else in flight can blur the count. <see cref="Requests"/> says
/// what each request sent to storage, and <see cref="MeanByGroup"/> whose requests they were (the command's own,
/// inbound bookkeeping, the local transcript); <see cref="Latency"/> is the unloaded latency (concurrency 1).
/// </summary>
internal sealed record ExactRoundTrips(
    string Name, IReadOnlyList<long> PerRequest, IReadOnlyList<IReadOnlyList<StorageRequest>> Requests, int Failures, LatencySummary Latency)
{
    public long Min => PerRequest.Count > 0 ? PerRequest.Min() : 0;

    public long Max => PerRequest.Count > 0 ? PerRequest.Max() : 0;

    public double Mean => PerRequest.Count > 0 ? PerRequest.Average() : 0;

    /// <summary>How often each count occurred, e.g. <c>2×19 3×1</c>.</summary>
    public string Histogram =>
        string.Join(' ', PerRequest.GroupBy(count => count).OrderBy(group => group.Key).Select(group => $"{group.Key}×{group.Count()}"));

    /// <summary>Requests per sequential request, by <see cref="RequestGroups"/> (from the request log, not the counter).</summary>
    public IReadOnlyDictionary<string, double> MeanByGroup => Requests.Count == 0
        ? new Dictionary<string, double>()
        : Requests.SelectMany(requests => requests)
            .GroupBy(StorageAreas.Group, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (double)group.Count() / Requests.Count, StringComparer.Ordinal);

    /// <summary>How many of each request's storage requests belong to <paramref name="group"/>, request by request.</summary>
    public IReadOnlyList<int> CountsOf(string group) =>
        [.. Requests.Select(requests => requests.Count(request => StorageAreas.Group(request) == group))];

    public static async Task<ExactRoundTrips> MeasureAsync(
        string name,
        int samples,
        RoundTripCounter counter,
        StorageRequestLog log,
        Func<int, CancellationToken, Task<bool>> operation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counter);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(operation);
        long[] counts = new long[samples];
        double[] latencies = new double[samples];
        var requests = new IReadOnlyList<StorageRequest>[samples];
        int failures = 0;
        log.Drain(Stopwatch.GetTimestamp());
        log.Recording = true;
        try
        {
            for (int index = 0; index < samples; index++)
            {
                long before = counter.Total;
                long sent = Stopwatch.GetTimestamp();
                bool ok = await operation(index, cancellationToken);
                latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                counts[index] = counter.Total - before;
                if (!ok)
                {
                    failures++;
                }

                requests[index] = log.Drain(sent);
            }
        }
        finally
        {
            log.Recording = false;
        }

        return new ExactRoundTrips(name, counts, requests, failures, LatencySummary.From(latencies));
    }
}
