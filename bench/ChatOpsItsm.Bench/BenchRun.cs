using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Json;
using Azure.Data.Tables;
using ChatOpsItsm.Bench.Delivery;
using ChatOpsItsm.Bench.Discord;
using ChatOpsItsm.Bench.Floor;
using ChatOpsItsm.Bench.Hosting;
using ChatOpsItsm.Bench.Major;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Reporting;
using ChatOpsItsm.Bench.Teams;
using ChatOpsItsm.Bench.Votes;
using ChatOpsItsm.Bench.Workloads;
using ChatOpsItsm.TestSupport.Azurite;

namespace ChatOpsItsm.Bench;

/// <summary>
/// One run: storage up (an in-memory Azurite, or the given account); the real host on Kestrel with its delivery
/// workers off for the storage floor and each command under load and one request at a time, then the floor again;
/// then hosts with the workers on for the delivery phases (<see cref="DeliveryBench"/>); then a Teams host
/// (<see cref="TeamsBench"/>), a Discord host (<see cref="DiscordBench"/>) and a vote host (<see cref="VoteBench"/>), each
/// with its workers off; then a host per stakeholder route count for the major-incident fan-out (<see cref="MajorBench"/>),
/// with its workers on. <c>--phases</c> can leave some out. Progress goes to stderr, figures to the report.
/// </summary>
internal sealed class BenchRun(BenchOptions options, TextWriter progress)
{
    public const string Report = "incident report";
    public const string Show = "incident show";
    public const string List = "incident list open";
    public const string Insert = "insert (AddEntity)";
    public const string PointRead = "point read (GetEntity)";

    private static async Task<AzuriteProcess> StartAzuriteAsync(string root, CancellationToken cancellationToken)
    {
        await AzuritePackage.EnsureInstalledAsync(root, cancellationToken);
        return await AzuriteProcess.StartAsync(AzuritePackage.EntryScript(root), cancellationToken);
    }

    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        string loadAtStart = MachineLoad.Read();
        string run = Guid.NewGuid().ToString("N")[..10];
        string prefix = "Bench" + run;
        Dictionary<string, string> queues = new(StringComparer.Ordinal)
        {
            ["commands"] = $"bench-{run}-c",
            ["delivery"] = $"bench-{run}-d",
            ["burst"] = $"bench-{run}-b",
            ["fanout"] = $"bench-{run}-f",
            ["teams"] = $"bench-{run}-t",
            ["discord"] = $"bench-{run}-x",
            ["votes"] = $"bench-{run}-v",
        };
        foreach (int routes in options.MajorRoutes)
        {
            queues[MajorBench.QueueKey(routes)] = $"bench-{run}-m{routes.ToString(CultureInfo.InvariantCulture)}";
        }

        string root = RepositoryRoot.Find();
        await using AzuriteProcess? azurite = options.Storage is null ? await StartAzuriteAsync(root, cancellationToken) : null;
        string connectionString = options.Storage ?? azurite!.ConnectionString;
        Say(azurite is null ? "storage: the given connection string" : $"storage: in-memory Azurite, pid {azurite.ProcessId}");

        // Listening before the first host starts, so the storage counter is seen the moment it is created.
        using var roundTrips = new RoundTripCounter();
        try
        {
            CommandRun? commands = options.Runs(BenchOptions.CommandsPhase)
                ? await RunCommandsAsync(root, connectionString, prefix, queues["commands"], roundTrips, cancellationToken)
                : null;
            DeliveryFigures? delivery = options.Runs(BenchOptions.DeliveryPhase)
                ? await new DeliveryBench(options, root, connectionString, roundTrips, Say).RunAsync(prefix, queues, cancellationToken)
                : null;
            TeamsFigures? teams = options.Runs(BenchOptions.TeamsPhase)
                ? await new TeamsBench(options, root, connectionString, roundTrips, Say).RunAsync(prefix + "Tms", queues["teams"], cancellationToken)
                : null;
            DiscordFigures? discord = options.Runs(BenchOptions.DiscordPhase)
                ? await new DiscordBench(options, root, connectionString, roundTrips, Say).RunAsync(prefix + "Dsc", queues["discord"], cancellationToken)
                : null;
            VoteFigures? votes = options.Runs(BenchOptions.VotesPhase)
                ? await new VoteBench(options, root, connectionString, roundTrips, Say).RunAsync(prefix + "Vot", queues["votes"], cancellationToken)
                : null;
            MajorFigures? major = options.Runs(BenchOptions.MajorPhase)
                ? await new MajorBench(options, root, connectionString, roundTrips, Say).RunAsync(prefix + "Maj", queues, cancellationToken)
                : null;
            return new BenchReport(
                Settings(commands?.Address, azurite, loadAtStart),
                [.. BenchOptions.AllPhases.Where(options.Runs)],
                commands?.Commands ?? [],
                commands?.Floors ?? [],
                commands?.Ratios ?? [],
                commands is null
                    ? []
                    : TargetEvaluator.Evaluate(commands.Commands[0], commands.Commands[1], commands.Commands[2], commands.Ratios),
                delivery,
                teams,
                discord,
                votes,
                major,
                Memory(azurite),
                total.Elapsed.TotalSeconds);
        }
        finally
        {
            if (azurite is null)
            {
                // Someone else's account: leave it as it was found.
                await RunStorage.DeleteAsync(connectionString, prefix, queues.Values, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The command phases, on a host with its delivery workers off: nothing runs in the background, so every storage
    /// request counted belongs to a chat request. The floor is measured before and after the commands, and each
    /// command is held against the faster of the two: a slow moment on a shared machine must not flatter the ratio.
    /// </summary>
    private async Task<CommandRun> RunCommandsAsync(
        string root, string connectionString, string prefix, string queueName, RoundTripCounter roundTrips, CancellationToken cancellationToken)
    {
        await using var app = new BenchAppFactory(root, connectionString, prefix, HostSettings.Commands(queueName));
        Uri address = app.Start();
        Say($"command host: {address} (tables {prefix}*, delivery workers off)");
        using var requestLog = new StorageRequestLog(address);
        using var chat = new ChatClient(address, BenchAppFactory.AgentId, options.Concurrency);
        var measure = new Measure(options, new LoadRunner(roundTrips, options.Concurrency), roundTrips, requestLog, Say);
        StorageFloor floor = await StorageFloor.CreateAsync(new TableServiceClient(connectionString), prefix + "Floor", cancellationToken);
        OperationFigures[] floorsBefore =
        [
            await measure.OperationAsync(Insert + ", before", floor.InsertAsync, cancellationToken),
            await measure.OperationAsync(PointRead + ", before", floor.ReadAsync, cancellationToken),
        ];

        var workloads = new IncidentWorkloads(chat, options.Concurrency);
        OperationFigures report = await measure.OperationAsync(Report, workloads.ReportAsync, cancellationToken);
        workloads.FreezeReportedIds();
        OperationFigures show = await measure.OperationAsync(Show, workloads.ShowAsync, cancellationToken);
        OperationFigures list = await measure.OperationAsync(List, workloads.ListOpenAsync, cancellationToken);

        OperationFigures[] floorsAfter =
        [
            await measure.OperationAsync(Insert + ", after", floor.InsertAsync, cancellationToken),
            await measure.OperationAsync(PointRead + ", after", floor.ReadAsync, cancellationToken),
        ];
        OperationFigures insert = Faster(floorsBefore[0], floorsAfter[0]);
        OperationFigures read = Faster(floorsBefore[1], floorsAfter[1]);
        return new CommandRun(
            address,
            [report, show, list],
            [floorsBefore[0], floorsAfter[0], floorsBefore[1], floorsAfter[1]],
            [Ratio(report, insert), Ratio(show, read), Ratio(list, read)]);
    }

    private static OperationFigures Faster(OperationFigures first, OperationFigures second) =>
        second.Load.Latency.P50 < first.Load.Latency.P50 ? second : first;

    private static FloorRatio Ratio(OperationFigures command, OperationFigures floor) => new(
        command.Load.Name,
        command.Load.Latency.P50,
        floor.Load.Name,
        floor.Load.Latency.P50,
        TargetEvaluator.FloorLimit,
        command.Exact.Latency.P50,
        floor.Exact.Latency.P50);

    private RunSettings Settings(Uri? address, AzuriteProcess? azurite, string loadAtStart) => new(
        options.Concurrency,
        options.Requests,
        options.Warmup,
        options.ExactSamples,
        azurite is null ? "the connection string given with --storage" : $"in-memory Azurite {AzuriteVersion()} started by the bench",
        address?.ToString() ?? "per phase (no command host)",
        Environment.ProcessorCount,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        GCSettings.IsServerGC,
        loadAtStart,
        MachineLoad.Read());

    private static MemoryFigures Memory(AzuriteProcess? azurite)
    {
        GCMemoryInfo gc = GC.GetGCMemoryInfo(GCKind.Any);
        return new MemoryFigures(
            MemoryProbe.PeakWorkingSetBytes(),
            gc.HeapSizeBytes,
            gc.TotalCommittedBytes,
            GC.GetTotalAllocatedBytes(precise: true),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            azurite is null ? null : MemoryProbe.PeakWorkingSetBytes(azurite.ProcessId));
    }

    private static string AzuriteVersion()
    {
        string package = Path.Combine(RepositoryRoot.Find(), "node_modules", "azurite", "package.json");
        using FileStream stream = File.OpenRead(package);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.TryGetProperty("version", out JsonElement version) ? version.GetString() ?? "" : "";
    }

    private void Say(string line) => progress.WriteLine("bench: " + line);

    /// <summary>Measures one operation: warm-up, the phase under load, then the sequential exact pass.</summary>
    private sealed class Measure(
        BenchOptions options, LoadRunner runner, RoundTripCounter roundTrips, StorageRequestLog requestLog, Action<string> say)
    {
        public async Task<OperationFigures> OperationAsync(
            string name, Func<int, CancellationToken, Task<bool>> operation, CancellationToken cancellationToken)
        {
            if (options.Warmup > 0)
            {
                await runner.RunAsync(name + " (warm-up)", options.Warmup, operation, cancellationToken);
            }

            PhaseResult load = await runner.RunAsync(name, options.Requests, operation, cancellationToken);
            ExactRoundTrips exact = await ExactRoundTrips.MeasureAsync(
                name, options.ExactSamples, roundTrips, requestLog, operation, cancellationToken);
            say(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {load.Requests} in {load.ElapsedMilliseconds / 1000:0.0} s, p50 {load.Latency.P50:0.00} ms, {load.Failures + exact.Failures} failed"));
            return new OperationFigures(load, exact);
        }
    }

    /// <summary>What the command phases produced, and the address of the host they ran on.</summary>
    private sealed record CommandRun(
        Uri Address, IReadOnlyList<OperationFigures> Commands, IReadOnlyList<OperationFigures> Floors, IReadOnlyList<FloorRatio> Ratios);
}
