using System.Diagnostics;
using ChatOpsItsm.Bench.Delivery;
using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.MajorIncidents;

namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// Turns the updates a pass sent and the handovers the recorder saw into a <see cref="MajorRoutesResult"/>. A handover
/// counts only when it came within the time-out of its update: one that came later is as good as missing to a reader.
/// </summary>
internal static class MajorTally
{
    public static MajorRoutesResult Of(
        Declaration declaration,
        UpdatePassRun pass,
        UpdateRecorder recorder,
        IReadOnlyList<string> stakeholders,
        int planned,
        TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(stakeholders);
        string incident = declaration.Incident ?? throw new ArgumentException("Nothing was declared.", nameof(declaration));
        string board = UpdateRecorder.KeyPrefix + MajorCards.BoardKey(TicketId.Parse(incident));
        string? warRoom = recorder.WarRoom;
        List<MajorUpdateSample> samples = [];
        double deliveringMs = 0;
        int delivered = 0;
        int repeats = 0;
        foreach (SentUpdate update in pass.Sent)
        {
            Handover[] handed = [.. stakeholders.Select(route => Within(recorder, update, route, timeout)).OfType<Handover>()];
            double[] latencies = [.. handed.Select(handover => Milliseconds(update.SentAt, handover.Timestamp))];
            double commandMs = Milliseconds(update.SentAt, update.AnsweredAt);
            double? last = handed.Length == stakeholders.Count && handed.Length > 0 ? latencies.Max() : null;
            delivered += handed.Length;
            repeats += handed.Sum(handover => handover.Calls - 1);
            deliveringMs += last ?? (update.Answered ? timeout.TotalMilliseconds : commandMs);
            samples.Add(new MajorUpdateSample(
                update.Token,
                update.Answered,
                commandMs,
                handed.Length,
                latencies.Length > 0 ? latencies.Min() : null,
                last,
                warRoom is null ? null : LatencyTo(recorder, update, warRoom, timeout),
                LatencyTo(recorder, update, board, timeout)));
        }

        return new MajorRoutesResult(
            stakeholders.Count,
            incident,
            null,
            declaration.Seconds,
            declaration.Missing,
            warRoom,
            null,
            0,
            planned,
            pass.Sent.Count,
            pass.Sent.Count(update => update.Answered),
            samples.Count(sample => sample.LastRouteMs is null),
            Summary(samples.Select(sample => sample.LastRouteMs)),
            Summary(samples.Select(sample => sample.FirstRouteMs)),
            LatencySummary.From([.. samples.Select(sample => sample.CommandMs)]),
            Summary(samples.Select(sample => sample.WarRoomMs)),
            Summary(samples.Select(sample => sample.BoardMs)),
            repeats,
            pass.Sent.Count > 0 ? (double)recorder.CallsBetween(pass.StartedAt, pass.EndedAt) / pass.Sent.Count : 0,
            deliveringMs > 0 ? delivered / (deliveringMs / 1000) : 0,
            Milliseconds(pass.StartedAt, pass.EndedAt) / 1000,
            pass.RoundTrips.Total,
            pass.RoundTrips.ByOperation,
            samples);
    }

    private static Handover? Within(UpdateRecorder recorder, SentUpdate update, string place, TimeSpan timeout) =>
        recorder.TryGetUpdate(update.Token, place, out Handover handover) && Stopwatch.GetElapsedTime(update.SentAt, handover.Timestamp) <= timeout
            ? handover
            : null;

    private static double? LatencyTo(UpdateRecorder recorder, SentUpdate update, string place, TimeSpan timeout) =>
        Within(recorder, update, place, timeout) is { } handover ? Milliseconds(update.SentAt, handover.Timestamp) : null;

    private static LatencySummary Summary(IEnumerable<double?> milliseconds) => LatencySummary.From([.. milliseconds.OfType<double>()]);

    private static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
