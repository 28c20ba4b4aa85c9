using System.Globalization;
using ChatOpsItsm.Bench.Major;
using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>Prints the major-incident fan-out: <c>major update</c> to the status update handed to every stakeholder route.</summary>
internal static class MajorReport
{
    public static void Write(MajorFigures? major, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (major is null)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(Invariant(
            $"Major incidents: major update → the update handed to every stakeholder route (a host per route count, workers on, Delivery:PollInterval {major.PollIntervalMs:0} ms; {major.Warmup} warm-up then {major.Updates} updates one at a time, {major.SettleMs:0} ms apart, each bounded at {major.TimeoutSeconds:0} s)"));
        writer.WriteLine("  latency in ms from sending the command: to the last and the first stakeholder route handed the update, to the war room and the status board; cmd: to the answer's last byte");
        TextTable table = new(
            "routes", "incident", "updates", "err", "missed", "last p50", "last p95", "last p99", "last max", "first p50", "cmd p50",
            "war room p50", "board p50", "deliv/s", "calls/upd", "repeats", "RT/update", "RT by method", "status");
        foreach (MajorRoutesResult host in major.Hosts)
        {
            table.Add(
                Invariant($"{host.Routes}"),
                host.Incident ?? "-",
                Invariant($"{host.Sent}/{host.Planned}"),
                Invariant($"{host.Sent - host.Answered}"),
                Invariant($"{host.Missed}"),
                Ms(host.LastRoute.P50),
                Ms(host.LastRoute.P95),
                Ms(host.LastRoute.P99),
                Ms(host.LastRoute.Max),
                Ms(host.FirstRoute.P50),
                Ms(host.Command.P50),
                Seen(host.WarRoomLatency, host),
                Seen(host.BoardLatency, host),
                Invariant($"{host.DeliveriesPerSecond:0}"),
                Invariant($"{host.CallsPerUpdate:0.0}"),
                Invariant($"{host.RepeatedCalls}"),
                Invariant($"{host.RoundTripsPerUpdate:0.0}"),
                ByMethod(host),
                host.Complete ? "complete" : host.Incident is null ? "NOT DECLARED" : "INCOMPLETE");
        }

        table.WriteTo(writer);
        writer.WriteLine("  err: updates not answered with the incident's id; missed: updates that did not reach every stakeholder route in time (0 expected); last/first p…: over the updates that reached every route / any");
        writer.WriteLine("  war room, board: the first message in the war room carrying the update (its post or the board), and the board (major-board:INC-…) posted or updated with it; - when never seen");
        writer.WriteLine("  deliv/s: stakeholder notices handed over ÷ the time spent delivering them (each update's send → last route, summed); calls/upd: every channel call during the pass ÷ updates (routes + war room + board expected)");
        writer.WriteLine("  RT/update: every storage request the host sent from the first update to the pause after the last ÷ updates, the workers' and their idle polls included");
        foreach (MajorRoutesResult host in major.Hosts)
        {
            writer.WriteLine(host.Incident is null
                ? Invariant($"  {host.Routes} routes: the declaration failed, nothing measured; it was answered {host.DeclarationAnswer}")
                : Invariant($"  {host.Routes} routes: {host.Incident} declared, announcement to all {host.Routes} stakeholder routes and {major.OnCallRoute} {(host.DeclarationSeconds is double seconds ? Invariant($"in {seconds:0.00} s") : Invariant($"INCOMPLETE ({host.DeclarationMissing} without it)"))}; war room {host.WarRoom ?? "none seen"}; queue {Depth(host.QueueDepthAtStart)} at start; idle {host.IdleRoundTripsPerSecond:0.0} RT/s; pass {host.PassSeconds:0.0} s"));
        }
    }

    private static string Seen(LatencySummary latency, MajorRoutesResult host) =>
        host.Samples.Count > 0 && latency.Max > 0 ? Ms(latency.P50) : "-";

    private static string Ms(double milliseconds) => Invariant($"{milliseconds:0.0}");

    private static string Depth(int? depth) => depth is int count ? Invariant($"{count}") : "n/a";

    private static string ByMethod(MajorRoutesResult host) =>
        host.RoundTripsByOperation.Count == 0 || host.Sent == 0
            ? "-"
            : string.Join(' ', host.RoundTripsByOperation.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => Invariant($"{pair.Key} {(double)pair.Value / host.Sent:0.0}")));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
