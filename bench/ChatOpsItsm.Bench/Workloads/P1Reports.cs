using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatOpsItsm.Bench.Workloads;

/// <summary>
/// <c>incident report Bench P1 {n} service:email impact:high urgency:high</c>: a P1, so the host promises an on-call
/// notice to every route. Each call returns when it was sent, when it was answered and the new incident's id.
/// </summary>
internal sealed partial class P1Reports(ChatClient chat, int conversations)
{
    private int _number;

    public async Task<SentReport> SendAsync(int index, CancellationToken cancellationToken)
    {
        int number = Interlocked.Increment(ref _number);
        string text = string.Create(CultureInfo.InvariantCulture, $"incident report Bench P1 {number} service:email impact:high urgency:high");
        string conversation = "bench-" + (index % conversations).ToString(CultureInfo.InvariantCulture);
        long sent = Stopwatch.GetTimestamp();
        string? body = await chat.SendAsync(conversation, text, cancellationToken);
        long answered = Stopwatch.GetTimestamp();
        Match id = body is null ? Match.Empty : IncidentId().Match(body);
        return new SentReport(sent, answered, id.Success ? id.Value : null);
    }

    [GeneratedRegex(@"INC-\d+", RegexOptions.CultureInvariant)]
    private static partial Regex IncidentId();
}
