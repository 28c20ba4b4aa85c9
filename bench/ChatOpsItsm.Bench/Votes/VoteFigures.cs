using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Votes;

/// <summary>
/// The vote path (issue 6 §5): <c>change approve CHG-… &lt;comment&gt;</c> from many approvers through
/// <c>POST /api/local/messages</c>, each vote a conditional write on the change record, re-read and re-applied on a
/// conflict. Two workloads on one host: every vote on one change, and votes spread over many.
/// </summary>
/// <param name="HostAddress">The vote host's address.</param>
/// <param name="GroupSize">Members of the approver group <c>cab</c> (<c>local:approver-0</c> …); the last never votes.</param>
/// <param name="Voters">Members who vote: the group but one.</param>
/// <param name="Quorum">The normal policy's quorum: the whole group, so the standing approvals (at most <see cref="Voters"/>) never reach it and the vote stays open.</param>
/// <param name="MaxAttempts">Reads and writes the host tries per vote before answering "try again" (<c>ChangeUpdater.MaxAttempts</c>).</param>
/// <param name="Warmup">Unmeasured votes before each workload's measured pass.</param>
/// <param name="Sequential">Votes sent one at a time after each measured pass, for the unloaded round trips.</param>
/// <param name="StillOpen">Changes still in Authorize with no decision when the phase ended, read from the host's store (all expected).</param>
/// <param name="Submitted">Changes drafted and submitted for the phase: one, then <c>--changes</c>.</param>
/// <param name="Phases">One change, then many changes.</param>
internal sealed record VoteFigures(
    string HostAddress,
    int GroupSize,
    int Voters,
    int Quorum,
    int MaxAttempts,
    int Warmup,
    int Sequential,
    int StillOpen,
    int Submitted,
    IReadOnlyList<VotePhaseResult> Phases);

/// <summary>
/// One workload's measured pass at the run's concurrency, and its sequential pass. A vote counts as ok when the answer
/// says it is recorded and the vote still open; anything else is an error (see <see cref="ErrorsByKind"/>).
/// </summary>
/// <param name="Name"><c>one change</c> or <c>many changes</c>.</param>
/// <param name="Changes">Changes voted on.</param>
/// <param name="VotersPerChange">Distinct approvers voting on each change in the pass (every vote carries a new comment, so an approver's next vote is a re-vote that writes).</param>
/// <param name="Votes">Votes sent in the measured pass.</param>
/// <param name="Recorded">Votes answered "recorded" with the vote still open.</param>
/// <param name="Errors">The others, including the sequential pass's.</param>
/// <param name="ErrorsByKind"><c>busy</c> (the host's "try again": <see cref="VoteFigures.MaxAttempts"/> conflicts in a row), <c>decided</c> (the vote closed), <c>unchanged</c>, <c>refused</c>, <c>no answer</c>.</param>
/// <param name="ElapsedMilliseconds">The measured pass's wall time.</param>
/// <param name="VotesPerSecond">Votes ÷ that time.</param>
/// <param name="Latency">Send → last byte of the answer, in ms, over every vote of the pass.</param>
/// <param name="RoundTripsPerVote">Storage requests the host sent during the pass ÷ votes.</param>
/// <param name="RoundTripsByMethodPerVote">The same by HTTP method.</param>
/// <param name="SequentialRoundTripsPerVote">Storage requests per vote sent one at a time: no vote competes, so no conflict.</param>
/// <param name="SequentialGetsPerVote">GETs per vote sent one at a time.</param>
/// <param name="ReReadsPerVote">GETs per vote under load − one at a time: every conflict costs one more read of the record (and one more transaction); the overlaps listing is read once per vote whatever the attempts.</param>
/// <param name="SequentialLatency">The sequential votes' latency, in ms.</param>
/// <param name="AllocatedKilobytesPerVote">The whole process's allocations during the pass ÷ votes.</param>
/// <param name="AnswerKilobytes">The mean answer body of the measured pass, in KB (a recorded vote's answer carries the vote card, every standing vote in it).</param>
internal sealed record VotePhaseResult(
    string Name,
    int Changes,
    int VotersPerChange,
    int Votes,
    int Recorded,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorsByKind,
    double ElapsedMilliseconds,
    double VotesPerSecond,
    LatencySummary Latency,
    double RoundTripsPerVote,
    IReadOnlyDictionary<string, double> RoundTripsByMethodPerVote,
    double SequentialRoundTripsPerVote,
    double SequentialGetsPerVote,
    double ReReadsPerVote,
    LatencySummary SequentialLatency,
    double AllocatedKilobytesPerVote,
    double AnswerKilobytes);
