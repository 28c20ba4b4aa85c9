using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>
/// One command's (or floor operation's) figures: the phase under load, and the sequential pass that counts
/// round trips exactly and times requests with nothing else in flight.
/// </summary>
internal sealed record OperationFigures(PhaseResult Load, ExactRoundTrips Exact);
