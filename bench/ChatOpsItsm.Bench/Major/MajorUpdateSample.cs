namespace ChatOpsItsm.Bench.Major;

/// <summary>
/// One measured <c>major update</c>, in ms from sending it; a latency is null when that never happened within the
/// time-out. Only handovers within the time-out count.
/// </summary>
/// <param name="Token">The token in its text (<c>upd000003x</c>).</param>
/// <param name="Answered">Answered 2xx, naming the incident.</param>
/// <param name="CommandMs">To the command's answer read.</param>
/// <param name="RoutesReached">Stakeholder routes handed the update.</param>
/// <param name="FirstRouteMs">To the first of them.</param>
/// <param name="LastRouteMs">To the last, when every route was reached.</param>
/// <param name="WarRoomMs">To the first message in the war room carrying it.</param>
/// <param name="BoardMs">To the status board carrying it.</param>
internal sealed record MajorUpdateSample(
    string Token,
    bool Answered,
    double CommandMs,
    int RoutesReached,
    double? FirstRouteMs,
    double? LastRouteMs,
    double? WarRoomMs,
    double? BoardMs);
