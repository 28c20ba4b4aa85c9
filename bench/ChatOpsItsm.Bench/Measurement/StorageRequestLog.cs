using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChatOpsItsm.Bench.Measurement;

/// <summary>
/// Records what the storage requests were (method, path and query, e.g. a listing's <c>$filter</c>) while
/// <see cref="Recording"/> is on, from the <c>System.Net.Http</c> activities of every HttpClient in the
/// process, the host's call to itself excluded. Off during the timed phases, so it costs them nothing.
/// The query is readable because the project turns on <c>System.Net.Http.DisableUriRedaction</c>.
/// </summary>
internal sealed class StorageRequestLog : IDisposable
{
    private const string HttpSource = "System.Net.Http";
    private const string UrlTag = "url.full";
    private const string MethodTag = "http.request.method";

    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly string _excludedPrefix;
    private volatile bool _recording;

    /// <param name="excluded">The host's own address: the load generator's requests are not storage requests.</param>
    public StorageRequestLog(Uri excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        _excludedPrefix = excluded.GetLeftPart(UriPartial.Authority);
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == HttpSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                _recording ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = OnStopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public bool Recording
    {
        get => _recording;
        set => _recording = value;
    }

    /// <summary>Returns and forgets the requests recorded so far, in the order they finished.</summary>
    public IReadOnlyList<string> Drain()
    {
        List<string> drained = [];
        while (_requests.TryDequeue(out string? request))
        {
            drained.Add(request);
        }

        return drained;
    }

    public void Dispose() => _listener.Dispose();

    private void OnStopped(Activity activity)
    {
        if (activity.GetTagItem(UrlTag) is not string url || url.StartsWith(_excludedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string method = activity.GetTagItem(MethodTag) as string ?? "?";
        string pathAndQuery = Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? Uri.UnescapeDataString(uri.PathAndQuery) : url;
        _requests.Enqueue($"{method} {pathAndQuery}");
    }
}
