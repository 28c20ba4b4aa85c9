using System.Diagnostics;
using System.Globalization;
using ChatOpsItsm.Bench.Hosting;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Workloads;

namespace ChatOpsItsm.Bench.Delivery;

/// <summary>
/// The delivery benchmark (issue 3 §6). Each measured phase gets a host of its own, with its workers on, the local
/// channel wrapped by a recorder, and its own tables and queue: every P1 report leaves four SLA timers hidden on
/// the queue, and Azurite's receive slows as they pile up, so no phase inherits another's. On-call host: a warm-up,
/// the idle rate, P1 reports one at a time with the request log on, then a closed loop at the run's concurrency.
/// Burst host: a warm-up, then every report at once. Fan-out host (<c>--fanout K</c>): each P1 posted to K routes,
/// with a K-th of the reports so that the same number of notices is handed over.
/// </summary>
internal sealed class DeliveryBench(
    BenchOptions options, string repositoryRoot, string connectionString, RoundTripCounter roundTrips, Action<string> say)
{
    public const string OnCallRoute = "local:oncall";

    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    private TimeSpan PollInterval => TimeSpan.FromMilliseconds(options.PollMilliseconds);

    private TimeSpan Timeout => TimeSpan.FromSeconds(options.DeliveryTimeoutSeconds);

    /// <param name="tablePrefix">The run's table prefix; each host adds a suffix of its own.</param>
    /// <param name="queueNames">The run's queue names by host: <c>delivery</c>, <c>burst</c> and <c>fanout</c>.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    public async Task<DeliveryFigures> RunAsync(
        string tablePrefix, IReadOnlyDictionary<string, string> queueNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queueNames);
        string[] onCall = [OnCallRoute];
        string[] fanOut = [.. Enumerable.Range(0, options.FanOut).Select(k => "local:route-" + k.ToString(CultureInfo.InvariantCulture))];
        (double idle, DeliveryTraceResult trace, DeliveryPhaseResult closedLoop) = await WithHostAsync(
            tablePrefix + "Dlv", queueNames["delivery"], onCall, options.Warmup, async host =>
            {
                double idle = await IdleRoundTripsPerSecondAsync(cancellationToken);
                TimeSpan settle = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(200).Ticks, PollInterval.Ticks * 4));
                DeliveryTraceResult trace = await new DeliveryTrace(host.Recorder, host.Log, host.Queue, OnCallRoute, settle, Timeout)
                    .RunAsync(host.Reports, options.ExactSamples, cancellationToken);
                say(string.Create(CultureInfo.InvariantCulture,
                    $"P1 → on-call, one at a time: {trace.Reports} reports, notice p50 {trace.NoticeLatency.P50:0.0} ms, {trace.Failed} without a notice"));
                await Task.Delay(Quiet, cancellationToken);
                DeliveryPhaseResult closedLoop = Reported(await host.Phase.ClosedLoopAsync(
                    "P1 → on-call", host.Reports, options.Requests, options.Concurrency, cancellationToken));
                return (idle, trace, closedLoop);
            }, cancellationToken);
        List<DeliveryPhaseResult> phases = [closedLoop];
        phases.Add(await WithHostAsync(tablePrefix + "Bst", queueNames["burst"], onCall, options.Warmup, async host =>
        {
            using var burstChat = new ChatClient(host.Address, BenchAppFactory.AgentId, options.Concurrency, Timeout);
            return Reported(await host.Phase.BurstAsync(
                "P1 → on-call, burst", new P1Reports(burstChat, options.Concurrency), options.Requests, options.Concurrency + 4, cancellationToken));
        }, cancellationToken));
        if (fanOut.Length > 0)
        {
            int reports = Math.Max(1, options.Requests / fanOut.Length);
            phases.Add(await WithHostAsync(tablePrefix + "Fan", queueNames["fanout"], fanOut, options.Warmup / fanOut.Length, async host =>
                Reported(await host.Phase.ClosedLoopAsync(
                    $"P1 → {fanOut.Length} routes", host.Reports, reports, options.Concurrency, cancellationToken)), cancellationToken));
        }

        return new DeliveryFigures(PollInterval.TotalMilliseconds, Timeout.TotalSeconds, onCall, fanOut, idle, phases, trace);
    }

    /// <summary>
    /// Starts a host with delivery on for <paramref name="routes"/>, sends <paramref name="warmup"/> unmeasured reports and
    /// waits for their notices and a quiet second, runs <paramref name="measure"/>, and stops the host.
    /// </summary>
    private async Task<T> WithHostAsync<T>(
        string tablePrefix, string queueName, string[] routes, int warmup, Func<Host, Task<T>> measure, CancellationToken cancellationToken)
    {
        var recorder = new DeliveryRecorder();
        await using var app = new BenchAppFactory(
            repositoryRoot, connectionString, tablePrefix, HostSettings.Delivery(queueName, PollInterval, routes), recorder);
        Uri address = app.Start();
        say($"delivery host: {address} (tables {tablePrefix}*, queue {queueName}, {routes.Length} route(s), poll {options.PollMilliseconds} ms)");
        using var log = new StorageRequestLog(address);
        using var chat = new ChatClient(address, BenchAppFactory.AgentId, options.Concurrency);
        var queue = new QueueDepth(connectionString, queueName);
        var host = new Host(address, recorder, log, queue, new P1Reports(chat, options.Concurrency),
            new DeliveryPhase(recorder, roundTrips, queue, routes, Timeout));
        if (warmup > 0)
        {
            await host.Phase.ClosedLoopAsync("warm-up", host.Reports, warmup, options.Concurrency, cancellationToken);
        }

        await Task.Delay(Quiet, cancellationToken);
        return await measure(host);
    }

    /// <summary>What the workers send with nothing to do (a queue receive per poll), counted for one second.</summary>
    private async Task<double> IdleRoundTripsPerSecondAsync(CancellationToken cancellationToken)
    {
        RoundTripSnapshot before = roundTrips.Snapshot();
        long started = Stopwatch.GetTimestamp();
        await Task.Delay(Quiet, cancellationToken);
        return roundTrips.Snapshot().Since(before).Total / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private DeliveryPhaseResult Reported(DeliveryPhaseResult result)
    {
        say(string.Create(CultureInfo.InvariantCulture,
            $"{result.Name}: {result.Reports} reports, {result.NoticesHanded}/{result.NoticesExpected} notices in {result.CompleteSeconds:0.0} s, p50 {result.NoticeLatency.P50:0.0} ms{(result.Complete ? "" : ", INCOMPLETE")}"));
        return result;
    }

    /// <summary>One running delivery host and what the phases use on it.</summary>
    private sealed record Host(
        Uri Address, DeliveryRecorder Recorder, StorageRequestLog Log, QueueDepth Queue, P1Reports Reports, DeliveryPhase Phase);
}
