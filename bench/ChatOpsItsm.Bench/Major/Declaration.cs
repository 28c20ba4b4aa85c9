namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// The major incident a host declared (null, with the answer, when the declaration failed), how long its announcement
/// took to reach every stakeholder and on-call route (null when some never got it in time), and how many did not.
/// </summary>
internal sealed record Declaration(string? Incident, string? FailedAnswer, double? Seconds, int Missing);
