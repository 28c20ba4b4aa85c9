using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChatOpsItsm.Bench.Measurement;

/// <summary>
/// Records what the storage requests were (method, path and query, e.g. a listing's <c>$filter</c>; for a
/// <c>$batch</c> the table inside, see <see cref="BatchContents"/>) while <see cref="Recording"/> is on, from the
/// <c>System.Net.Http</c> activities of every HttpClient in the process, the host's call to itself excluded. A
/// request whose activity descends from the host's <c>Microsoft.AspNetCore</c> request activity was sent while a
/// chat request was handled; any other came from a background worker. Off during the timed phases, so it costs
/// them nothing. The query is readable because the project turns on <c>System.Net.Http.DisableUriRedaction</c>.
/// </summary>
internal sealed class StorageRequestLog : IDisposable
{
    private const string HttpSource = "System.Net.Http";
    private const string ServerSource = "Microsoft.AspNetCore";
    private const string UrlTag = "url.full";
    private const string MethodTag = "http.request.method";

    private readonly ActivityListener _listener;
    private readonly BatchContents _batches = new();
    private readonly ConcurrentQueue<(long Started, StorageRequest Request)> _requests = new();
    private readonly string _excludedPrefix;
    private volatile bool _recording;

    /// <param name="excluded">The host's own address: the load generator's requests are not storage requests.</param>
    public StorageRequestLog(Uri excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        _excludedPrefix = excluded.GetLeftPart(UriPartial.Authority);
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is HttpSource or ServerSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                _recording ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = OnStopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public bool Recording
    {
        get => _recording;
        set
        {
            _batches.Enabled = value;
            _recording = value;
        }
    }

    /// <summary>
    /// Returns and forgets the requests recorded so far, in the order they started, timed from
    /// <paramref name="origin"/> (a <see cref="Stopwatch.GetTimestamp"/> value).
    /// </summary>
    public IReadOnlyList<StorageRequest> Drain(long origin)
    {
        List<(long Started, StorageRequest Request)> drained = [];
        while (_requests.TryDequeue(out (long, StorageRequest) request))
        {
            drained.Add(request);
        }

        return [.. drained.OrderBy(entry => entry.Started).Select(entry => entry.Request with
        {
            StartMs = Stopwatch.GetElapsedTime(origin, entry.Started).TotalMilliseconds,
        })];
    }

    public void Dispose()
    {
        _listener.Dispose();
        _batches.Dispose();
    }

    private void OnStopped(Activity activity)
    {
        if (activity.Source.Name != HttpSource
            || activity.GetTagItem(UrlTag) is not string url
            || url.StartsWith(_excludedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        long started = Stopwatch.GetTimestamp() - (long)(activity.Duration.TotalSeconds * Stopwatch.Frequency);
        string method = activity.GetTagItem(MethodTag) as string ?? "?";
        string pathAndQuery = Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? Uri.UnescapeDataString(uri.PathAndQuery) : url;
        var request = new StorageRequest(
            method, pathAndQuery, activity.GetTagItem(BatchContents.Tag) as string, InRequest(activity), 0, activity.Duration.TotalMilliseconds);
        _requests.Enqueue((started, request));
    }

    private static bool InRequest(Activity activity)
    {
        for (Activity? parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.Source.Name == ServerSource)
            {
                return true;
            }
        }

        return false;
    }
}
