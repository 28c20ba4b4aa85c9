using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// What one pass of updates did, before it is tallied: the updates sent, when the pass began and ended (after the pause
/// that follows the last update) and the storage requests counted in between.
/// </summary>
internal sealed record UpdatePassRun(IReadOnlyList<SentUpdate> Sent, long StartedAt, long EndedAt, RoundTripSnapshot RoundTrips);
