using System.Diagnostics;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Workloads;

namespace ChatOpsItsm.Bench.Delivery;

/// <summary>Turns the reports a phase sent and the handovers the recorder saw into a <see cref="DeliveryPhaseResult"/>.</summary>
internal static class DeliveryTally
{
    public static DeliveryPhaseResult Of(SubmittedPhase phase, DeliveryRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentNullException.ThrowIfNull(recorder);
        SentReport[] submitted = phase.Submitted;
        SentReport[] answered = [.. submitted.Where(report => report.Incident is not null)];
        List<double> notices = [];
        List<double> lastNotices = [];
        List<long> handedAt = [];
        int repeats = 0;
        foreach (SentReport report in answered)
        {
            Handover[] handed = [.. phase.Routes
                .Select(route => recorder.TryGetOnCall(report.Incident!, route, out Handover handover) ? handover : (Handover?)null)
                .OfType<Handover>()];
            notices.AddRange(handed.Select(handover => Milliseconds(report.SentAt, handover.Timestamp)));
            handedAt.AddRange(handed.Select(handover => handover.Timestamp));
            repeats += handed.Sum(handover => handover.Calls - 1);
            if (handed.Length == phase.Routes.Count && handed.Length > 0)
            {
                lastNotices.Add(handed.Max(handover => Milliseconds(report.SentAt, handover.Timestamp)));
            }
        }

        long firstSent = submitted.Length > 0 ? submitted.Min(report => report.SentAt) : 0;
        long lastAnswer = submitted.Length > 0 ? submitted.Max(report => report.AnsweredAt) : 0;
        long lastHanded = handedAt.Count > 0 ? handedAt.Max() : lastAnswer;
        int expected = answered.Length * phase.Routes.Count;
        int handedWhileSubmitting = handedAt.Count(at => at <= lastAnswer);
        double submitSeconds = Milliseconds(firstSent, lastAnswer) / 1000;
        double completeSeconds = Milliseconds(firstSent, Math.Max(lastHanded, lastAnswer)) / 1000;
        return new DeliveryPhaseResult(
            phase.Name,
            phase.Mode,
            phase.Routes.Count,
            phase.Planned,
            submitted.Length,
            submitted.Length - answered.Length,
            expected,
            handedAt.Count,
            repeats,
            phase.TimedOut,
            LatencySummary.From([.. submitted.Select(report => Milliseconds(report.SentAt, report.AnsweredAt))]),
            LatencySummary.From(notices),
            LatencySummary.From(lastNotices),
            submitSeconds,
            completeSeconds,
            Math.Max(0, Milliseconds(lastAnswer, lastHanded) / 1000),
            expected - handedWhileSubmitting,
            submitSeconds > 0 ? handedWhileSubmitting / submitSeconds : 0,
            completeSeconds > 0 ? handedAt.Count / completeSeconds : 0,
            phase.RoundTrips.Total,
            phase.RoundTrips.ByOperation,
            phase.QueueDepthAtStart);
    }

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
