using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatOpsItsm.Bench.Workloads;

/// <summary>
/// The three measured commands, as operations for the load runner. Reports remember the ids they created,
/// so that <c>incident show</c> reads incidents that exist.
/// </summary>
internal sealed partial class IncidentWorkloads(ChatClient chat, int conversations)
{
    private readonly ConcurrentQueue<string> _reported = new();
    private string[] _ids = [];
    private int _reportNumber;

    public int ReportedCount => _reported.Count;

    /// <summary><c>incident report Bench incident {i} service:email urgency:medium</c>; ok when the answer names the new id.</summary>
    public async Task<bool> ReportAsync(int index, CancellationToken cancellationToken)
    {
        int number = Interlocked.Increment(ref _reportNumber);
        string text = string.Create(CultureInfo.InvariantCulture, $"incident report Bench incident {number} service:email urgency:medium");
        string? body = await chat.SendAsync(Conversation(index), text, cancellationToken);
        Match id = body is null ? Match.Empty : IncidentId().Match(body);
        if (id.Success)
        {
            _reported.Enqueue(id.Value);
        }

        return id.Success;
    }

    /// <summary>Fixes the ids <see cref="ShowAsync"/> reads: every incident reported so far.</summary>
    public void FreezeReportedIds() => _ids = [.. _reported];

    /// <summary><c>incident show INC-xxxx</c> over the reported ids in turn; ok when the answer names that id.</summary>
    public async Task<bool> ShowAsync(int index, CancellationToken cancellationToken)
    {
        if (_ids.Length == 0)
        {
            return false;
        }

        string id = _ids[index % _ids.Length];
        string? body = await chat.SendAsync(Conversation(index), "incident show " + id, cancellationToken);
        return body is not null && body.Contains(id, StringComparison.Ordinal);
    }

    /// <summary><c>incident list open</c>; ok when the answer lists at least one incident.</summary>
    public async Task<bool> ListOpenAsync(int index, CancellationToken cancellationToken)
    {
        string? body = await chat.SendAsync(Conversation(index), "incident list open", cancellationToken);
        return body is not null && IncidentId().IsMatch(body);
    }

    private string Conversation(int index) =>
        "bench-" + (index % conversations).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"INC-\d+", RegexOptions.CultureInvariant)]
    private static partial Regex IncidentId();
}
