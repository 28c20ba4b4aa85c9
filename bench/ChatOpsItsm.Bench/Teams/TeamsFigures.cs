using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Teams;

/// <summary>
/// The Teams phase (issue 4 §5): signed <c>message</c> activities through <c>POST /api/messages</c> (JWT validated
/// against the local issuer's keys) to the reply handed to the fake connector.
/// </summary>
/// <param name="HostAddress">The Teams host's address.</param>
/// <param name="Users">Distinct Teams users sending, each in their personal chat, each an agent.</param>
/// <param name="Incidents">Incidents created first (over the local channel) that <c>incident show</c> reads.</param>
/// <param name="TimeoutSeconds">What the warm-up and the measured activities together may take.</param>
/// <param name="Warmup">Unmeasured activities sent before the pass.</param>
/// <param name="MetadataFetches">OpenID metadata documents the host fetched during the whole phase (cached: 1 expected).</param>
/// <param name="KeysFetches">JWKS fetches during the whole phase.</param>
/// <param name="TokenRequests">Bot token requests the host sent to the fake token endpoint.</param>
/// <param name="Phases">Per kind of text, then all together.</param>
internal sealed record TeamsFigures(
    string HostAddress,
    int Users,
    int Incidents,
    double TimeoutSeconds,
    int Warmup,
    int MetadataFetches,
    int KeysFetches,
    int TokenRequests,
    IReadOnlyList<TeamsPhaseResult> Phases);

/// <summary>
/// One row: activities of one kind in the measured pass. Latency is from starting the send to the HTTP 200, which the
/// host returns after handing the reply to the connector.
/// </summary>
/// <param name="Name">The kind of text: <c>incident show</c>, <c>help</c>, or <c>all</c>.</param>
/// <param name="Planned">Activities the pass was to send.</param>
/// <param name="Sent">Activities sent before the deadline.</param>
/// <param name="Ok">Answered 200.</param>
/// <param name="Failed">Answered anything else, or not at all (timeout, connection error).</param>
/// <param name="Replies">Activities of those answered 200 for which the connector received at least one reply (<c>replyToId</c> = the activity id).</param>
/// <param name="Missing">Answered 200 but no reply reached the connector.</param>
/// <param name="Extra">Replies beyond the first, summed over the activities.</param>
/// <param name="Unexpected">A reply arrived but did not name what was asked (the incident id for <c>incident show</c>).</param>
/// <param name="ElapsedMilliseconds">The whole measured pass (all kinds interleaved).</param>
/// <param name="ActivitiesPerSecond">200s of this kind ÷ the pass's elapsed time.</param>
/// <param name="RoundTripsPerActivity">Storage requests the host sent during the pass ÷ activities sent (all kinds together).</param>
/// <param name="Latency">Send → 200, over the activities answered 200.</param>
/// <param name="Complete">Every planned activity was sent before the deadline.</param>
internal sealed record TeamsPhaseResult(
    string Name,
    int Planned,
    int Sent,
    int Ok,
    int Failed,
    int Replies,
    int Missing,
    int Extra,
    int Unexpected,
    double ElapsedMilliseconds,
    double ActivitiesPerSecond,
    double RoundTripsPerActivity,
    LatencySummary Latency,
    bool Complete);
