using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Discord;

/// <summary>
/// The Discord phase (issue 5 §5): signed APPLICATION_COMMAND interactions through
/// <c>POST /api/discord/interactions</c> (Ed25519 verified over the exact bytes) to the HTTP response that carries the
/// interaction's first answer, plus the signature check alone.
/// </summary>
/// <param name="HostAddress">The Discord host's address.</param>
/// <param name="Users">Distinct Discord users sending, each in a guild text channel of their own, each an agent.</param>
/// <param name="Incidents">Incidents created first (over the local channel) that <c>/incident show</c> reads.</param>
/// <param name="TimeoutSeconds">What the warm-up and the measured interactions together may take.</param>
/// <param name="Warmup">Unmeasured interactions sent before the pass.</param>
/// <param name="DeadlineMilliseconds">Discord's limit for the first response (3 s): answers at or under it count as in time.</param>
/// <param name="DeferAfterMilliseconds">The host's <c>Discord:DeferAfter</c>: past it, the interaction is acknowledged with type 5.</param>
/// <param name="RestCalls">Requests the host sent to the fake Discord REST API during the whole phase (0 expected: inline answers need none, and deferred answers wait on the queue with the workers off).</param>
/// <param name="BadSignatureStatus">What the host answered one interaction whose body was changed after signing (401 expected); null when it did not answer.</param>
/// <param name="Signature">The signature check alone.</param>
/// <param name="Phases">Per command, then all together.</param>
internal sealed record DiscordFigures(
    string HostAddress,
    int Users,
    int Incidents,
    double TimeoutSeconds,
    int Warmup,
    double DeadlineMilliseconds,
    double DeferAfterMilliseconds,
    int RestCalls,
    int? BadSignatureStatus,
    SignatureFigures Signature,
    IReadOnlyList<DiscordPhaseResult> Phases);

/// <summary>
/// One row: interactions of one command in the measured pass. Latency is from starting the send to reading the whole
/// HTTP response, which is Discord's first answer: a message (type 4) or an acknowledgement (type 5).
/// </summary>
/// <param name="Name">The command: <c>/incident report</c>, <c>/incident show</c>, <c>/incident list</c>, or <c>all</c>.</param>
/// <param name="Planned">Interactions the pass was to send.</param>
/// <param name="Sent">Interactions sent before the deadline.</param>
/// <param name="Ok">Answered 200.</param>
/// <param name="Failed">Answered anything else, or not at all (timeout, connection error).</param>
/// <param name="FailuresByStatus">The failures by what came back: an HTTP status code, or <c>no answer</c>.</param>
/// <param name="Inline">200s whose body is a type-4 message (answered within <c>Discord:DeferAfter</c>).</param>
/// <param name="Deferred">200s whose body is a type-5 acknowledgement (the answer follows through the delivery queue).</param>
/// <param name="OtherType">200s with any other body (a modal, an unreadable body).</param>
/// <param name="Unexpected">Inline answers that do not name what was asked (a new <c>INC-…</c> id for a report, the id for a show, any id for a list).</param>
/// <param name="WithinDeadline">Interactions answered 200 within <see cref="DiscordFigures.DeadlineMilliseconds"/>.</param>
/// <param name="WithinDeadlineShare">That ÷ interactions sent: a failure counts as outside.</param>
/// <param name="ElapsedMilliseconds">The whole measured pass (all commands interleaved).</param>
/// <param name="InteractionsPerSecond">200s of this command ÷ the pass's elapsed time.</param>
/// <param name="RoundTripsPerInteraction">Storage requests the host sent during the pass ÷ interactions sent (all commands together).</param>
/// <param name="Latency">Send → response read, over the interactions answered 200.</param>
/// <param name="Complete">Every planned interaction was sent before the deadline.</param>
internal sealed record DiscordPhaseResult(
    string Name,
    int Planned,
    int Sent,
    int Ok,
    int Failed,
    IReadOnlyDictionary<string, int> FailuresByStatus,
    int Inline,
    int Deferred,
    int OtherType,
    int Unexpected,
    int WithinDeadline,
    double WithinDeadlineShare,
    double ElapsedMilliseconds,
    double InteractionsPerSecond,
    double RoundTripsPerInteraction,
    LatencySummary Latency,
    bool Complete);

/// <summary>
/// <c>InteractionSignatureVerifier.Verify</c> alone, in a tight loop on one thread, over one of the pass's interaction
/// bodies: hex decoding, the freshness check and the Ed25519 verification (BouncyCastle), with no HTTP and no host.
/// </summary>
/// <param name="BodyBytes">The signed body's length.</param>
/// <param name="Warmup">Unmeasured verifications first.</param>
/// <param name="Operations">Measured verifications, each timed on its own.</param>
/// <param name="Failures">Verifications that refused the genuine signature (0 expected).</param>
/// <param name="Microseconds">Per verification, in µs (not ms).</param>
/// <param name="OperationsPerSecond">Measured verifications ÷ the loop's elapsed time, on one core.</param>
/// <param name="ShareOfInteractionP50">The median verification ÷ the interactions' p50 under load, in percent.</param>
/// <param name="ShareOfDeadline">The median verification ÷ Discord's 3 s, in percent.</param>
/// <param name="CoreShareAtMeasuredRate">Median verification × the pass's interactions/s: the share of one core the check took at that rate, in percent.</param>
internal sealed record SignatureFigures(
    int BodyBytes,
    int Warmup,
    int Operations,
    int Failures,
    LatencySummary Microseconds,
    double OperationsPerSecond,
    double ShareOfInteractionP50,
    double ShareOfDeadline,
    double CoreShareAtMeasuredRate);
