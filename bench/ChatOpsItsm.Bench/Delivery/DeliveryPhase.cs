using System.Diagnostics;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Workloads;

namespace ChatOpsItsm.Bench.Delivery;

/// <summary>
/// Runs P1 reports against a host whose delivery workers are on and waits until every on-call notice they promised
/// was handed to the channel, or until <c>timeout</c> after the phase began: then it reports what it got. Reports
/// go out as a closed loop at a concurrency, or as a burst (all at once, the client's connection pool permitting).
/// </summary>
internal sealed class DeliveryPhase(
    DeliveryRecorder recorder, RoundTripCounter roundTrips, QueueDepth queue, IReadOnlyList<string> routes, TimeSpan timeout)
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(10);

    /// <summary><paramref name="count"/> reports, <paramref name="concurrency"/> in flight; no new one starts after the deadline.</summary>
    public async Task<DeliveryPhaseResult> ClosedLoopAsync(
        string name, P1Reports reports, int count, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        int? depth = await queue.ReadAsync(cancellationToken);
        long started = Stopwatch.GetTimestamp();
        RoundTripSnapshot before = roundTrips.Snapshot();
        var sent = new SentReport?[count];
        int next = -1;
        Task[] workers = [.. Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(async () =>
        {
            int index;
            while (Stopwatch.GetElapsedTime(started) < timeout && (index = Interlocked.Increment(ref next)) < count)
            {
                sent[index] = await reports.SendAsync(index, cancellationToken);
            }
        }, cancellationToken))];
        await Task.WhenAll(workers);
        return await FinishAsync(name, $"closed loop, {concurrency} in flight", sent, (started, before, depth), cancellationToken);
    }

    /// <summary>
    /// <paramref name="count"/> reports started at once; <paramref name="reports"/>' client limits how many are on
    /// the wire, the rest wait for a connection (its time-out should be the phase's).
    /// </summary>
    public async Task<DeliveryPhaseResult> BurstAsync(
        string name, P1Reports reports, int count, int connections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        int? depth = await queue.ReadAsync(cancellationToken);
        long started = Stopwatch.GetTimestamp();
        RoundTripSnapshot before = roundTrips.Snapshot();
        SentReport[] sent = await Task.WhenAll(Enumerable.Range(0, count).Select(index => reports.SendAsync(index, cancellationToken)));
        return await FinishAsync(
            name, $"burst, all {count} at once over {connections} connections", [.. sent.Select(report => (SentReport?)report)],
            (started, before, depth), cancellationToken);
    }

    /// <summary>Waits until every answered report's notices are handed over or the phase's time is up, then tallies.</summary>
    private async Task<DeliveryPhaseResult> FinishAsync(
        string name,
        string mode,
        SentReport?[] sent,
        (long Started, RoundTripSnapshot RoundTrips, int? QueueDepth) start,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        long started = start.Started;
        SentReport[] submitted = [.. sent.OfType<SentReport>()];
        List<(string Incident, string Route)> pending =
            [.. submitted.Where(report => report.Incident is not null).SelectMany(report => routes.Select(route => (report.Incident!, route)))];
        while (pending.Count > 0 && Stopwatch.GetElapsedTime(started) < timeout)
        {
            await Task.Delay(PollEvery, cancellationToken);
            pending.RemoveAll(notice => recorder.TryGetOnCall(notice.Incident, notice.Route, out _));
        }

        bool timedOut = pending.Count > 0 || submitted.Length < sent.Length;
        RoundTripSnapshot counted = roundTrips.Snapshot().Since(start.RoundTrips);
        return DeliveryTally.Of(
            new SubmittedPhase(name, mode, routes, sent.Length, submitted, timedOut, counted, start.QueueDepth), recorder);
    }
}
