namespace ChatOpsItsm.Bench.Workloads;

/// <summary>
/// One report as the load generator saw it: sent and answered (<see cref="System.Diagnostics.Stopwatch"/>
/// timestamps) and the incident id the answer named, null when the request failed.
/// </summary>
internal readonly record struct SentReport(long SentAt, long AnsweredAt, string? Incident);
