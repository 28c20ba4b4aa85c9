namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// The major-incident fan-out (issue 7 §5): <c>major update</c> through <c>POST /api/local/messages</c> to the status
/// update handed to every stakeholder route, one host per route count.
/// </summary>
/// <param name="PollIntervalMs">The hosts' <c>Delivery:PollInterval</c> (<c>--poll-ms</c>).</param>
/// <param name="TimeoutSeconds">How long one update, and the declaration, may take to reach every route (<c>--delivery-timeout</c>).</param>
/// <param name="Updates">Measured updates per host: max(20, <c>--requests</c> ÷ 10), sent one at a time.</param>
/// <param name="Warmup">Unmeasured updates sent first on each host, the same way (2, or 0 with <c>--warmup 0</c>).</param>
/// <param name="SettleMs">The pause after an update reached every route, before the next: the worker still writes the posts and clears its work.</param>
/// <param name="OnCallRoute">The on-call route every host also has: the declaration's announcement goes there too.</param>
/// <param name="Hosts">One per route count (<c>--routes</c>), in the order given.</param>
internal sealed record MajorFigures(
    double PollIntervalMs,
    double TimeoutSeconds,
    int Updates,
    int Warmup,
    double SettleMs,
    string OnCallRoute,
    IReadOnlyList<MajorRoutesResult> Hosts);
