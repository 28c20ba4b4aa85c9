using ChatOpsItsm.Bench.Delivery;
using ChatOpsItsm.Bench.Discord;
using ChatOpsItsm.Bench.Major;
using ChatOpsItsm.Bench.Teams;
using ChatOpsItsm.Bench.Votes;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>
/// Every figure of one run: what the console table shows and <c>--json</c> writes. A phase left out with
/// <c>--phases</c> is empty (the command lists) or null.
/// </summary>
internal sealed record BenchReport(
    RunSettings Settings,
    IReadOnlyList<string> Phases,
    IReadOnlyList<OperationFigures> Commands,
    IReadOnlyList<OperationFigures> Floors,
    IReadOnlyList<FloorRatio> Ratios,
    IReadOnlyList<TargetResult> Targets,
    DeliveryFigures? Delivery,
    TeamsFigures? Teams,
    DiscordFigures? Discord,
    VoteFigures? Votes,
    MajorFigures? Major,
    MemoryFigures Memory,
    double TotalSeconds);
