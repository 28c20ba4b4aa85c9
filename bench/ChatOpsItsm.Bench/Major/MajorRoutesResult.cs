using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// One host with <see cref="Routes"/> stakeholder routes (<c>local:stake-0</c> …): the declaration, then the measured
/// updates, each timed from sending the command to the moment its text was handed to the channel for a route.
/// </summary>
/// <param name="Routes">Stakeholder routes configured (<c>Itsm:Routes:Stakeholders</c>).</param>
/// <param name="Incident">The major incident declared; null when the declaration failed and nothing was measured.</param>
/// <param name="DeclarationAnswer">What the declaration was answered when it failed (shortened); null otherwise.</param>
/// <param name="DeclarationSeconds">Declaring → the announcement handed to every stakeholder and on-call route; null when some never got it in time.</param>
/// <param name="DeclarationMissing">Routes without the announcement when the bench stopped waiting (0 expected).</param>
/// <param name="WarRoom">The war room the declaration opened (<c>local:thread:…</c>), null when none was seen.</param>
/// <param name="QueueDepthAtStart">Messages on the host's queue when the measured updates began (the P1's hidden SLA timers and the cadence reminder).</param>
/// <param name="IdleRoundTripsPerSecond">Storage requests per second with nothing to deliver (queue polls), counted for a second before the updates.</param>
/// <param name="Planned">Measured updates planned.</param>
/// <param name="Sent">Measured updates sent (fewer when one reached no route at all in time, which stops the pass).</param>
/// <param name="Answered">Updates answered 2xx with an answer naming the incident.</param>
/// <param name="Missed">Updates that did not reach every stakeholder route within the time-out (0 expected).</param>
/// <param name="LastRoute">Send → the last stakeholder route handed the update, in ms, over the updates that reached all.</param>
/// <param name="FirstRoute">Send → the first stakeholder route handed the update, in ms.</param>
/// <param name="Command">Send → the command's answer read (its HTTP latency), in ms.</param>
/// <param name="WarRoomLatency">Send → the first message in the war room carrying the update (its post, or the board if that came first), in ms.</param>
/// <param name="BoardLatency">Send → the status board (<c>major-board:INC-…</c>) posted or updated with the update, in ms.</param>
/// <param name="RepeatedCalls">Further channel calls with an update already handed to that route: redeliveries the channel absorbed (0 expected).</param>
/// <param name="CallsPerUpdate">Every channel call during the pass ÷ updates: the stakeholders, the war room post and the board (routes + 2 expected).</param>
/// <param name="DeliveriesPerSecond">Stakeholder notices handed over ÷ the time spent delivering them (each update's send → its last route, summed; the pauses between updates left out).</param>
/// <param name="PassSeconds">The measured pass's wall time, pauses included.</param>
/// <param name="RoundTrips">Storage requests the host sent from the first update until the pause after the last, the workers' (and their idle polls) included.</param>
/// <param name="RoundTripsByOperation">The same by HTTP method.</param>
/// <param name="Samples">Each measured update.</param>
internal sealed record MajorRoutesResult(
    int Routes,
    string? Incident,
    string? DeclarationAnswer,
    double? DeclarationSeconds,
    int DeclarationMissing,
    string? WarRoom,
    int? QueueDepthAtStart,
    double IdleRoundTripsPerSecond,
    int Planned,
    int Sent,
    int Answered,
    int Missed,
    LatencySummary LastRoute,
    LatencySummary FirstRoute,
    LatencySummary Command,
    LatencySummary WarRoomLatency,
    LatencySummary BoardLatency,
    int RepeatedCalls,
    double CallsPerUpdate,
    double DeliveriesPerSecond,
    double PassSeconds,
    long RoundTrips,
    IReadOnlyDictionary<string, long> RoundTripsByOperation,
    IReadOnlyList<MajorUpdateSample> Samples)
{
    /// <summary>Every planned update sent, answered and handed to every route in time.</summary>
    public bool Complete => Incident is not null && Sent == Planned && Answered == Sent && Missed == 0;

    public double RoundTripsPerUpdate => Sent > 0 ? (double)RoundTrips / Sent : 0;

    /// <summary>For a host whose declaration failed: nothing measured.</summary>
    public static MajorRoutesResult NotDeclared(int routes, int planned, string? answer) => new(
        routes, null, answer, null, routes + 1, null, null, 0, planned, 0, 0, 0,
        LatencySummary.From([]), LatencySummary.From([]), LatencySummary.From([]), LatencySummary.From([]), LatencySummary.From([]),
        0, 0, 0, 0, 0, new Dictionary<string, long>(StringComparer.Ordinal), []);
}
