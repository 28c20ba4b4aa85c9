using System.Globalization;
using ChatOpsItsm.Bench.Votes;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>Prints the vote figures: CAB votes through the local channel on one change and on many.</summary>
internal static class VoteReport
{
    public static void Write(VoteFigures? votes, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (votes is null)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(Invariant(
            $"Votes: change approve through POST /api/local/messages ({votes.Voters} of the {votes.GroupSize} approvers of {VoteBench.Group} voting, quorum {votes.Quorum} so no vote is decided, warm-up {votes.Warmup}, then {votes.Sequential} one at a time)"));
        writer.WriteLine("  latency in ms from sending the vote to reading the answer's last byte; each vote a conditional write on the change record, re-read on conflict");
        TextTable table = new(
            "workload", "changes", "voters/chg", "ok", "err", "p50", "p95", "p99", "max", "votes/s", "RT/vote", "RT by method",
            "seq RT/vote", "re-reads/vote", "seq p50", "answer KB", "alloc KB/vote");
        foreach (VotePhaseResult phase in votes.Phases)
        {
            table.Add(
                phase.Name,
                Invariant($"{phase.Changes}"),
                Invariant($"{phase.VotersPerChange}"),
                Invariant($"{phase.Recorded}"),
                Failures(phase),
                Invariant($"{phase.Latency.P50:0.00}"),
                Invariant($"{phase.Latency.P95:0.00}"),
                Invariant($"{phase.Latency.P99:0.00}"),
                Invariant($"{phase.Latency.Max:0.00}"),
                Invariant($"{phase.VotesPerSecond:0}"),
                Invariant($"{phase.RoundTripsPerVote:0.00}"),
                ByMethod(phase.RoundTripsByMethodPerVote),
                Invariant($"{phase.SequentialRoundTripsPerVote:0.00}"),
                Invariant($"{phase.ReReadsPerVote:0.00}"),
                Invariant($"{phase.SequentialLatency.P50:0.00}"),
                Invariant($"{phase.AnswerKilobytes:0.0}"),
                Invariant($"{phase.AllocatedKilobytesPerVote:0.0}"));
        }

        table.WriteTo(writer);
        writer.WriteLine(Invariant(
            $"  ok: answered \"recorded\" with the vote still open; err: the rest, measured and one-at-a-time passes (busy = the host's \"try again\" after {votes.MaxAttempts} conflicting attempts, decided, unchanged, refused, no answer); 0 expected"));
        writer.WriteLine(
            "  RT/vote: storage requests of the measured pass ÷ votes; seq RT/vote: one at a time, where no vote conflicts; re-reads/vote: GETs per vote under load − one at a time (each conflict adds a read of the record and a transaction)");
        writer.WriteLine(Invariant(
            $"  {votes.StillOpen} of {votes.Submitted} changes still open (Authorize, no decision) at the end, read from the host's store; every vote carries a new comment, so each one writes"));
        writer.WriteLine(
            "  caveat: one process and Azurite on loopback share the cores; conflicts depend on how many votes are in flight (--concurrency) against one record, and Azurite answers a conflicting write in about a millisecond, Azure in several, so the re-reads and the one-change latency grow there");
    }

    private static string Failures(VotePhaseResult phase) =>
        phase.Errors == 0
            ? "0"
            : Invariant($"{phase.Errors} ({string.Join(", ", phase.ErrorsByKind.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Invariant($"{pair.Key}×{pair.Value}")))})");

    private static string ByMethod(IReadOnlyDictionary<string, double> byMethod) =>
        byMethod.Count == 0
            ? "-"
            : string.Join(' ', byMethod.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Invariant($"{pair.Key} {pair.Value:0.00}")));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
