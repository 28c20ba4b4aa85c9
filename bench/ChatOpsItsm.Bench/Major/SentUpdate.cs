namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// One <c>major update</c> as the bench sent it: its token, when it was sent and answered
/// (<see cref="System.Diagnostics.Stopwatch"/> timestamps), and whether the answer named the incident.
/// </summary>
internal readonly record struct SentUpdate(string Token, long SentAt, long AnsweredAt, bool Answered);
