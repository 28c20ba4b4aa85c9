using System.Diagnostics;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Workloads;

namespace ChatOpsItsm.Bench.Delivery;

/// <summary>
/// P1 reports one at a time, each waited for until its on-call notice is handed over and for <c>settle</c> after
/// (the worker still writes the post, marks the work done and deletes the message), with the storage request log on:
/// the unloaded latency from command to notice, and every storage request that path sends, the request's own and
/// the workers', in the order they started. Stops early when <c>timeout</c> has passed since it began.
/// </summary>
internal sealed class DeliveryTrace(
    DeliveryRecorder recorder, StorageRequestLog log, QueueDepth queue, string route, TimeSpan settle, TimeSpan timeout)
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(1);

    public async Task<DeliveryTraceResult> RunAsync(P1Reports reports, int samples, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        int? depth = await queue.ReadAsync(cancellationToken);
        long started = Stopwatch.GetTimestamp();
        List<double> replies = [];
        List<double?> notices = [];
        List<IReadOnlyList<StorageRequest>> requests = [];
        log.Drain(started);
        log.Recording = true;
        try
        {
            for (int index = 0; index < samples && Stopwatch.GetElapsedTime(started) < timeout; index++)
            {
                SentReport report = await reports.SendAsync(index, cancellationToken);
                replies.Add(Stopwatch.GetElapsedTime(report.SentAt, report.AnsweredAt).TotalMilliseconds);
                notices.Add(await WaitForNoticeAsync(report, started, cancellationToken));
                await Task.Delay(settle, cancellationToken);
                requests.Add(log.Drain(report.SentAt));
            }
        }
        finally
        {
            log.Recording = false;
        }

        return new DeliveryTraceResult(
            samples,
            requests.Count,
            notices.Count(notice => notice is null),
            LatencySummary.From(replies),
            LatencySummary.From([.. notices.OfType<double>()]),
            notices,
            requests,
            settle.TotalMilliseconds,
            depth);
    }

    /// <summary>Milliseconds from sending the report to its notice being handed over; null when it never was in time.</summary>
    private async Task<double?> WaitForNoticeAsync(SentReport report, long started, CancellationToken cancellationToken)
    {
        if (report.Incident is not { } incident)
        {
            return null;
        }

        Handover handover;
        while (!recorder.TryGetOnCall(incident, route, out handover))
        {
            if (Stopwatch.GetElapsedTime(started) >= timeout)
            {
                return null;
            }

            await Task.Delay(PollEvery, cancellationToken);
        }

        return Stopwatch.GetElapsedTime(report.SentAt, handover.Timestamp).TotalMilliseconds;
    }
}
