using System.Diagnostics;

namespace ChatOpsItsm.Bench.Measurement;

/// <summary>
/// Runs <c>count</c> calls of an operation with <c>concurrency</c> of them in flight at once (closed loop: each
/// worker starts the next call when its previous one has answered) and measures the phase. The operation
/// gets the call's number and answers true when the reply was the expected one.
/// </summary>
internal sealed class LoadRunner(RoundTripCounter roundTrips, int concurrency)
{
    public async Task<PhaseResult> RunAsync(
        string name, int count, Func<int, CancellationToken, Task<bool>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        double[] latencies = new double[count];
        int next = -1;
        int failures = 0;

        MemoryProbe memoryBefore = MemoryProbe.Take();
        RoundTripSnapshot roundTripsBefore = roundTrips.Snapshot();
        long started = Stopwatch.GetTimestamp();
        Task[] workers = [.. Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                long sent = Stopwatch.GetTimestamp();
                bool ok = await operation(index, cancellationToken);
                latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }, cancellationToken))];
        await Task.WhenAll(workers);
        double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        RoundTripSnapshot counted = roundTrips.Snapshot().Since(roundTripsBefore);
        MemoryProbe memoryAfter = MemoryProbe.Take();
        GCMemoryInfo gc = GC.GetGCMemoryInfo(GCKind.Any);
        return new PhaseResult(
            name,
            count,
            failures,
            elapsed,
            LatencySummary.From(latencies),
            counted.Total,
            counted.ByOperation,
            (double)(memoryAfter.AllocatedBytes - memoryBefore.AllocatedBytes) / count,
            memoryAfter.Gen0 - memoryBefore.Gen0,
            memoryAfter.Gen1 - memoryBefore.Gen1,
            memoryAfter.Gen2 - memoryBefore.Gen2,
            MemoryProbe.PeakWorkingSetBytes(),
            gc.HeapSizeBytes,
            gc.TotalCommittedBytes);
    }
}
