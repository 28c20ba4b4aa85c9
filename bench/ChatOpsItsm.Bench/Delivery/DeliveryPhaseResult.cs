namespace ChatOpsItsm.Bench.Delivery;

/// <summary>
/// One delivery phase: P1 reports sent to a host with its delivery workers on, and the on-call notices they caused,
/// timed from sending the report to the notice being handed to the channel. <see cref="RoundTrips"/> are every
/// storage request the host sent from the first report until the phase stopped waiting, the workers' included
/// (their idle polls too: see <see cref="DeliveryFigures.IdleRoundTripsPerSecond"/>). <see cref="QueueDepthAtStart"/>
/// is the messages already on the queue, mostly hidden SLA timers of earlier reports.
/// </summary>
internal sealed record DeliveryPhaseResult(
    string Name,
    string Mode,
    int Routes,
    int Planned,
    int Reports,
    int ReportsFailed,
    int NoticesExpected,
    int NoticesHanded,
    int RepeatedCalls,
    bool TimedOut,
    Measurement.LatencySummary ReplyLatency,
    Measurement.LatencySummary NoticeLatency,
    Measurement.LatencySummary LastNoticeLatency,
    double SubmitSeconds,
    double CompleteSeconds,
    double DrainSeconds,
    int BacklogAtLastAnswer,
    double NoticesPerSecondWhileSubmitting,
    double NoticesPerSecond,
    long RoundTrips,
    IReadOnlyDictionary<string, long> RoundTripsByOperation,
    int? QueueDepthAtStart)
{
    /// <summary>Every planned report sent and answered with an id and every notice they promised handed over, within the time allowed.</summary>
    public bool Complete => !TimedOut && ReportsFailed == 0 && NoticesHanded == NoticesExpected;

    public int Missing => NoticesExpected - NoticesHanded;

    public double RoundTripsPerReport => Reports > 0 ? (double)RoundTrips / Reports : 0;
}
