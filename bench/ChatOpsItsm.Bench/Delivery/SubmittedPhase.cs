using ChatOpsItsm.Bench.Measurement;
using ChatOpsItsm.Bench.Workloads;

namespace ChatOpsItsm.Bench.Delivery;

/// <summary>
/// What a delivery phase did, before it is tallied: the reports it planned and those it managed to send, whether it
/// gave up waiting for notices, the storage requests counted meanwhile, and the queue's depth when it began.
/// </summary>
internal sealed record SubmittedPhase(
    string Name,
    string Mode,
    IReadOnlyList<string> Routes,
    int Planned,
    SentReport[] Submitted,
    bool TimedOut,
    RoundTripSnapshot RoundTrips,
    int? QueueDepthAtStart);
