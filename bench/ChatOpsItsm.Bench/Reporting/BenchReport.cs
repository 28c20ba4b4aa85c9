using ChatOpsItsm.Bench.Delivery;
using ChatOpsItsm.Bench.Discord;
using ChatOpsItsm.Bench.Teams;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>Every figure of one run: what the console table shows and <c>--json</c> writes.</summary>
internal sealed record BenchReport(
    RunSettings Settings,
    IReadOnlyList<OperationFigures> Commands,
    IReadOnlyList<OperationFigures> Floors,
    IReadOnlyList<FloorRatio> Ratios,
    IReadOnlyList<TargetResult> Targets,
    DeliveryFigures Delivery,
    TeamsFigures Teams,
    DiscordFigures Discord,
    MemoryFigures Memory,
    double TotalSeconds);
