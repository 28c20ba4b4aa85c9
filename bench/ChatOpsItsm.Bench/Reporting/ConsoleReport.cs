using System.Globalization;
using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>Prints a run's figures as plain-text tables, one section per kind of figure.</summary>
internal static class ConsoleReport
{
    private const double Megabyte = 1024 * 1024;

    public static void Write(BenchReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        List<ExactRoundTrips> sequential = [.. report.Commands.Select(c => c.Exact), .. report.Floors.Select(f => f.Exact)];
        WriteSettings(report.Settings, writer);
        if (report.Phases.Count < BenchOptions.AllPhases.Count)
        {
            writer.WriteLine($"phases: {string.Join(", ", report.Phases)} only (--phases)");
        }

        if (report.Commands.Count > 0)
        {
            WriteCommands(report.Commands, writer);
            WriteFloors(report.Floors, writer);
            WriteSequential(report.Settings, sequential, writer);
            WriteGroups(report.Commands.Select(c => c.Exact), writer);
            WriteStorageRequests(sequential, writer);
            WriteRatios(report.Ratios, writer);
            WriteTargets(report.Targets, writer);
        }

        DeliveryReport.Write(report.Delivery, writer);
        TeamsReport.Write(report.Teams, writer);
        DiscordReport.Write(report.Discord, writer);
        VoteReport.Write(report.Votes, writer);
        MajorReport.Write(report.Major, writer);
        WriteMemory(report.Memory, writer);
        writer.WriteLine();
        writer.WriteLine(Invariant($"Total run time {report.TotalSeconds:0.0} s"));
    }

    private static void WriteSettings(RunSettings settings, TextWriter writer)
    {
        writer.WriteLine(Invariant(
            $"ChatOps ITSM bench: concurrency {settings.Concurrency}, {settings.Requests} requests per phase, warm-up {settings.Warmup}, exact pass {settings.ExactSamples}"));
        writer.WriteLine(Invariant(
            $"host: in-process Kestrel {settings.HostAddress} (Development), delivery workers off for the command phases; storage: {settings.Storage}"));
        writer.WriteLine(Invariant(
            $"machine: {settings.ProcessorCount} cores, {settings.OperatingSystem}, {settings.Runtime}, {(settings.ServerGc ? "server" : "workstation")} GC"));
        writer.WriteLine(Invariant(
            $"load average (1/5/15 min): {settings.LoadAverageAtStart} at start, {settings.LoadAverageAtEnd} at end (above {settings.ProcessorCount}, something else competed for the cores)"));
    }

    private static void WriteCommands(IEnumerable<OperationFigures> commands, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("Commands through POST /api/local/messages (latency in ms, from send to last byte read)");
        TextTable table = new("command", "ok", "err", "p50", "p95", "p99", "max", "req/s", "RT/cmd", "RT by method", "alloc KB/cmd", "GC 0/1/2");
        foreach (PhaseResult load in commands.Select(command => command.Load))
        {
            table.Add(Row(load, [
                Invariant($"{load.RoundTripsPerRequest:0.00}"),
                ByMethod(load),
                Invariant($"{load.AllocatedBytesPerRequest / 1024:0.0}"),
                Invariant($"{load.Gen0Collections}/{load.Gen1Collections}/{load.Gen2Collections}")]));
        }

        table.WriteTo(writer);
    }

    private static void WriteFloors(IEnumerable<OperationFigures> floors, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("Storage floor: Azure.Data.Tables straight to the same storage, same concurrency (latency in ms)");
        TextTable table = new("operation", "ok", "err", "p50", "p95", "p99", "max", "req/s");
        foreach (OperationFigures floor in floors)
        {
            table.Add(Row(floor.Load, []));
        }

        table.WriteTo(writer);
    }

    private static void WriteSequential(RunSettings settings, IEnumerable<ExactRoundTrips> sequential, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine(Invariant(
            $"One request at a time ({settings.ExactSamples} sequential requests each): storage round trips (RT) per request, unloaded latency in ms"));
        TextTable table = new("operation", "RT min", "RT max", "RT mean", "RT count×requests", "err", "p50", "p95", "max");
        foreach (ExactRoundTrips figures in sequential)
        {
            table.Add(figures.Name, Invariant($"{figures.Min}"), Invariant($"{figures.Max}"), Invariant($"{figures.Mean:0.00}"),
                figures.Histogram, Invariant($"{figures.Failures}"), Invariant($"{figures.Latency.P50:0.00}"),
                Invariant($"{figures.Latency.P95:0.00}"), Invariant($"{figures.Latency.Max:0.00}"));
        }

        table.WriteTo(writer);
        writer.WriteLine("  (the floor's own client is not counted: its RT columns are 0 by design)");
    }

    private static void WriteGroups(IEnumerable<ExactRoundTrips> commands, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("Whose storage requests a command sends (sequential pass, mean per request, from the request log)");
        TextTable table = new(["command", .. RequestGroups.All, "total", "counted"]);
        foreach (ExactRoundTrips figures in commands)
        {
            IReadOnlyDictionary<string, double> groups = figures.MeanByGroup;
            table.Add([
                figures.Name,
                .. RequestGroups.All.Select(group => Invariant($"{groups.GetValueOrDefault(group):0.00}")),
                Invariant($"{groups.Values.Sum():0.00}"),
                Invariant($"{figures.Mean:0.00}")]);
        }

        table.WriteTo(writer);
        writer.WriteLine("  own: its tickets reads and transaction (outbox rows included), dialog state, the outbox put after the commit");
        writer.WriteLine("  inbound bookkeeping: the event id recorded in the inbound ledger (an add, and a read of the previous day's");
        writer.WriteLine("    bucket the 24 h window reaches) and the conversation reference remembered (one transaction)");
        writer.WriteLine("  local transcript: the web chat's history, the person's message and the reply (the local channel only)");
        writer.WriteLine("  counted: the storage meter's mean over the same requests (retries included), as a cross-check");
    }

    private static void WriteStorageRequests(IEnumerable<ExactRoundTrips> sequential, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("Storage requests sent by the first sequential request of each operation (who sent it, what for, what)");
        foreach (ExactRoundTrips figures in sequential)
        {
            IReadOnlyList<StorageRequest> calls = figures.Requests.Count > 0 ? figures.Requests[0] : [];
            writer.WriteLine($"  {figures.Name}:");
            foreach (string call in calls.Select(call => call.Describe(withTime: false)).DefaultIfEmpty("(none observed)"))
            {
                writer.WriteLine($"    {call}");
            }
        }
    }

    private static void WriteRatios(IEnumerable<FloorRatio> ratios, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("Median latency against the storage floor (ms; the target is under load, sequential is context)");
        TextTable table = new("command", "p50", "floor (faster of before/after)", "floor p50", "ratio", "target", "seq p50", "seq floor p50", "seq ratio");
        foreach (FloorRatio ratio in ratios)
        {
            table.Add(ratio.Command, Invariant($"{ratio.CommandP50:0.00}"), ratio.Floor, Invariant($"{ratio.FloorP50:0.00}"),
                Invariant($"{ratio.Ratio:0.00}×"), Invariant($"≤ {ratio.Limit:0.00}×"), Invariant($"{ratio.SequentialCommandP50:0.00}"),
                Invariant($"{ratio.SequentialFloorP50:0.00}"), Invariant($"{ratio.SequentialRatio:0.00}×"));
        }

        table.WriteTo(writer);
    }

    private static void WriteTargets(IEnumerable<TargetResult> targets, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("Targets (issue 2 §8; reported, not enforced)");
        foreach (TargetResult target in targets)
        {
            writer.WriteLine($"  [{(target.Pass ? "PASS" : "MISS")}] {target.Target}: {target.Measured}");
        }
    }

    private static void WriteMemory(MemoryFigures memory, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("Memory (bench process = host + load generator + floor client)");
        writer.WriteLine(Invariant($"  peak working set          {memory.PeakWorkingSetBytes / Megabyte,8:0.0} MB"));
        writer.WriteLine(Invariant(
            $"  GC heap size at end       {memory.GcHeapSizeBytes / Megabyte,8:0.0} MB (committed {memory.GcCommittedBytes / Megabyte:0.0} MB)"));
        writer.WriteLine(Invariant(
            $"  allocated in total        {memory.TotalAllocatedBytes / Megabyte,8:0.0} MB; collections gen0/1/2 {memory.Gen0Collections}/{memory.Gen1Collections}/{memory.Gen2Collections}"));
        writer.WriteLine(memory.AzuritePeakWorkingSetBytes is long azurite
            ? Invariant($"  Azurite peak working set  {azurite / Megabyte,8:0.0} MB")
            : "  Azurite peak working set  n/a (not started by the bench)");
    }

    private static string[] Row(PhaseResult phase, string[] extra) =>
    [
        phase.Name,
        Invariant($"{phase.Requests - phase.Failures}"),
        Invariant($"{phase.Failures}"),
        Invariant($"{phase.Latency.P50:0.00}"),
        Invariant($"{phase.Latency.P95:0.00}"),
        Invariant($"{phase.Latency.P99:0.00}"),
        Invariant($"{phase.Latency.Max:0.00}"),
        Invariant($"{phase.Throughput:0}"),
        .. extra,
    ];

    private static string ByMethod(PhaseResult phase) =>
        phase.RoundTripsByOperation.Count == 0
            ? "-"
            : string.Join(' ', phase.RoundTripsByOperation.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => Invariant($"{pair.Key} {(double)pair.Value / phase.Requests:0.00}")));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
