using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatOpsItsm.Bench.Measurement;

/// <summary>
/// Names the table inside each <c>$batch</c> request while <see cref="Enabled"/> is on: a batch's URL names no
/// table, its body does (one line per action, <c>PUT http://…/BenchxTickets(PartitionKey=…) HTTP/1.1</c>). Listens
/// to the <c>HttpHandlerDiagnosticListener</c> start event, copies the body (Azure's request content can be written
/// more than once: its retries do the same) and tags the request's activity with
/// <c>BenchxTickets [POST×3 PUT×5]</c> for <see cref="StorageRequestLog"/>. Off, it reads nothing.
/// </summary>
internal sealed partial class BatchContents : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    public const string Tag = "bench.batch";

    private const string ListenerName = "HttpHandlerDiagnosticListener";
    private const string StartEvent = "System.Net.Http.HttpRequestOut.Start";

    private readonly ConcurrentBag<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;
    private volatile bool _enabled;

    public BatchContents()
    {
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public bool Enabled
    {
        get => _enabled;
        set => _enabled = value;
    }

    public void Dispose()
    {
        _all.Dispose();
        foreach (IDisposable subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == ListenerName)
        {
            _subscriptions.Add(value.Subscribe(this, name => _enabled && name == StartEvent));
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != StartEvent || Activity.Current is not { } activity
            || value.Value?.GetType().GetProperty("Request")?.GetValue(value.Value) is not HttpRequestMessage request
            || request.Content is null
            || request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal) != true)
        {
            return;
        }

        activity.SetTag(Tag, Describe(request.Content));
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    /// <summary><c>BenchxTickets [POST×3 PUT×5]</c>: each table named in the body, with its actions by method.</summary>
    private static string Describe(HttpContent content)
    {
        string body;
        try
        {
            using var copy = new MemoryStream();
            content.CopyTo(copy, null, CancellationToken.None);
            body = Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or IOException)
        {
            return "(body not readable)";
        }

        IEnumerable<string> tables = Action().Matches(body)
            .GroupBy(match => match.Groups["table"].Value, StringComparer.Ordinal)
            .Select(table => table.Key + " [" + string.Join(' ', table
                .GroupBy(match => match.Groups["method"].Value, StringComparer.Ordinal)
                .OrderBy(method => method.Key, StringComparer.Ordinal)
                .Select(method => $"{method.Key}×{method.Count()}")) + "]");
        return string.Join(", ", tables.DefaultIfEmpty("(no action found)"));
    }

    [GeneratedRegex(@"^(?<method>POST|PUT|PATCH|MERGE|DELETE|GET) \S*/(?<table>[A-Za-z][A-Za-z0-9]*)(?:\([^)\s]*\))?(?:\?\S*)? HTTP/1\.1", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Action();
}
