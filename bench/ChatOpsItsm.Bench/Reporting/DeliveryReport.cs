using System.Globalization;
using ChatOpsItsm.Bench.Delivery;
using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>Prints the delivery figures: latency from command to notice, throughput, and the sequential trace.</summary>
internal static class DeliveryReport
{
    public static void Write(DeliveryFigures? delivery, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (delivery is null)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(Invariant(
            $"Delivery: P1 report → on-call notice handed to the channel (workers on, Delivery:PollInterval {delivery.PollIntervalMs:0} ms, each phase bounded at {delivery.TimeoutSeconds:0} s)"));
        WriteLatency(delivery.Phases, writer);
        WriteThroughput(delivery, writer);
        WriteTrace(delivery.Trace, writer);
    }

    private static void WriteLatency(IEnumerable<DeliveryPhaseResult> phases, TextWriter writer)
    {
        writer.WriteLine("  latency in ms from sending the report: to each notice handed over, and (reply) to the answer's last byte");
        TextTable table = new(
            "phase", "routes", "queue", "reports", "err", "notices", "missing", "repeats", "p50", "p95", "p99", "max", "reply p50", "reply p95");
        foreach (DeliveryPhaseResult phase in phases)
        {
            table.Add(
                phase.Name,
                Invariant($"{phase.Routes}"),
                Depth(phase.QueueDepthAtStart),
                Invariant($"{phase.Reports}/{phase.Planned}"),
                Invariant($"{phase.ReportsFailed}"),
                Invariant($"{phase.NoticesHanded}/{phase.NoticesExpected}"),
                Invariant($"{phase.Missing}"),
                Invariant($"{phase.RepeatedCalls}"),
                Invariant($"{phase.NoticeLatency.P50:0.0}"),
                Invariant($"{phase.NoticeLatency.P95:0.0}"),
                Invariant($"{phase.NoticeLatency.P99:0.0}"),
                Invariant($"{phase.NoticeLatency.Max:0.0}"),
                Invariant($"{phase.ReplyLatency.P50:0.0}"),
                Invariant($"{phase.ReplyLatency.P95:0.0}"));
        }

        table.WriteTo(writer);
        writer.WriteLine("  queue: messages on the phase's queue when it began (hidden SLA timers of its warm-up); each phase has a host and queue of its own");
        foreach (DeliveryPhaseResult phase in phases.Where(phase => phase.Routes > 1))
        {
            writer.WriteLine(Invariant(
                $"  {phase.Name}: to the last of a report's {phase.Routes} notices p50 {phase.LastNoticeLatency.P50:0.0}, p95 {phase.LastNoticeLatency.P95:0.0}, p99 {phase.LastNoticeLatency.P99:0.0}, max {phase.LastNoticeLatency.Max:0.0} ms"));
        }
    }

    private static void WriteThroughput(DeliveryFigures delivery, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("  throughput (seconds from the first report sent; notices/s = notices handed over ÷ that time)");
        TextTable table = new(
            "phase", "mode", "all answered", "all handed", "drain", "backlog", "notices/s submitting", "notices/s overall", "RT/report", "RT by method", "status");
        foreach (DeliveryPhaseResult phase in delivery.Phases)
        {
            table.Add(
                phase.Name,
                phase.Mode,
                Invariant($"{phase.SubmitSeconds:0.00} s"),
                Invariant($"{phase.CompleteSeconds:0.00} s"),
                Invariant($"{phase.DrainSeconds:0.00} s"),
                Invariant($"{phase.BacklogAtLastAnswer}"),
                Invariant($"{phase.NoticesPerSecondWhileSubmitting:0}"),
                Invariant($"{phase.NoticesPerSecond:0}"),
                Invariant($"{phase.RoundTripsPerReport:0.00}"),
                ByMethod(phase),
                phase.Complete ? "complete" : Invariant($"INCOMPLETE: stopped at {delivery.TimeoutSeconds:0} s"));
        }

        table.WriteTo(writer);
        writer.WriteLine("  drain: last answer → last notice; backlog: notices not yet handed over when the last report was answered");
        writer.WriteLine(Invariant(
            $"  RT/report: every storage request the host sent during the phase ÷ reports, the workers' included; idle, the workers send {delivery.IdleRoundTripsPerSecond:0.0}/s (queue polls)"));
    }

    private static void WriteTrace(DeliveryTraceResult trace, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine(Invariant(
            $"  one at a time ({trace.Reports} of {trace.Planned} P1 reports, each waited for, on the on-call host before its load, queue {Depth(trace.QueueDepthAtStart)}): notice p50 {trace.NoticeLatency.P50:0.0}, p95 {trace.NoticeLatency.P95:0.0}, max {trace.NoticeLatency.Max:0.0} ms; reply p50 {trace.ReplyLatency.P50:0.0} ms; {trace.Failed} without a notice"));
        writer.WriteLine("  storage requests per report, in the request: " + Join(trace.InRequestByGroup));
        writer.WriteLine(Invariant($"  and by the workers (until {trace.SettleMs:0} ms after the notice; queue GET = receives, idle polls included): ")
            + Join(trace.BackgroundByArea));
        if (trace.Requests.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("  Storage requests of the first sequential P1 report, by start time from sending it");
        double? notice = trace.NoticeAtMs[0];
        bool marked = false;
        foreach (StorageRequest request in trace.Requests[0])
        {
            if (!marked && notice is double at && request.StartMs > at)
            {
                writer.WriteLine(Invariant($"    {at,8:+0.0} ms  ── notice handed to the channel"));
                marked = true;
            }

            writer.WriteLine("    " + request.Describe(withTime: true));
        }

        if (!marked)
        {
            writer.WriteLine(notice is double at ? Invariant($"    {at,8:+0.0} ms  ── notice handed to the channel") : "    (no notice in time)");
        }
    }

    private static string Depth(int? depth) => depth is int count ? Invariant($"{count}") : "n/a";

    private static string Join(IReadOnlyDictionary<string, double> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(pair => Invariant($"{pair.Key} {pair.Value:0.00}")));

    private static string ByMethod(DeliveryPhaseResult phase) =>
        phase.RoundTripsByOperation.Count == 0 || phase.Reports == 0
            ? "-"
            : string.Join(' ', phase.RoundTripsByOperation.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => Invariant($"{pair.Key} {(double)pair.Value / phase.Reports:0.00}")));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
