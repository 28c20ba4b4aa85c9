namespace ChatOpsItsm.Bench.Delivery;

/// <summary>
/// When a notice was first handed to the channel (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), where
/// to, and how many calls carried its delivery key (more than one is a redelivery the channel absorbed).
/// </summary>
internal readonly record struct Handover(long Timestamp, string Target, int Calls);
