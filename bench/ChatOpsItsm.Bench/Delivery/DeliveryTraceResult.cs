using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Delivery;

/// <summary>
/// The sequential delivery pass: unloaded latencies, and for each report the storage requests recorded from sending
/// it until <see cref="SettleMs"/> after its notice (<see cref="NoticeAtMs"/>, null when none came), the workers'
/// idle polls in that window included.
/// </summary>
internal sealed record DeliveryTraceResult(
    int Planned,
    int Reports,
    int Failed,
    LatencySummary ReplyLatency,
    LatencySummary NoticeLatency,
    IReadOnlyList<double?> NoticeAtMs,
    IReadOnlyList<IReadOnlyList<StorageRequest>> Requests,
    double SettleMs,
    int? QueueDepthAtStart)
{
    /// <summary>Storage requests per report sent while the chat request was handled, by <see cref="RequestGroups"/>.</summary>
    public IReadOnlyDictionary<string, double> InRequestByGroup => MeanBy(request => request.InRequest, StorageAreas.Group);

    /// <summary>Storage requests per report sent by the workers, by area and method (<c>queue GET</c> are receives, idle polls included).</summary>
    public IReadOnlyDictionary<string, double> BackgroundByArea => MeanBy(request => !request.InRequest, request => $"{request.Area} {request.Method}");

    private Dictionary<string, double> MeanBy(Func<StorageRequest, bool> which, Func<StorageRequest, string> key) =>
        Requests.Count == 0
            ? []
            : Requests.SelectMany(requests => requests).Where(which)
                .GroupBy(key, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => (double)group.Count() / Requests.Count, StringComparer.Ordinal);
}
