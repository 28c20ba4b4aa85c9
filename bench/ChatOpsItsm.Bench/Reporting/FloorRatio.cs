namespace ChatOpsItsm.Bench.Reporting;

/// <summary>
/// A command's median latency against the median of the storage operation it cannot beat: under load (the
/// target) and one request at a time (context: what the path costs when nothing competes for the CPU).
/// </summary>
internal sealed record FloorRatio(
    string Command, double CommandP50, string Floor, double FloorP50, double Limit, double SequentialCommandP50, double SequentialFloorP50)
{
    public double Ratio => FloorP50 > 0 ? CommandP50 / FloorP50 : double.PositiveInfinity;

    public double SequentialRatio => SequentialFloorP50 > 0 ? SequentialCommandP50 / SequentialFloorP50 : double.PositiveInfinity;

    public bool Pass => Ratio <= Limit;
}
