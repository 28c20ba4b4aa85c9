namespace ChatOpsItsm.Bench.Measurement;

/// <summary>Latency percentiles of one phase, in milliseconds (nearest-rank percentiles).</summary>
internal sealed record LatencySummary(double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary From(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0);
        }

        double[] sorted = [.. milliseconds.Order()];
        return new LatencySummary(Rank(sorted, 50), Rank(sorted, 95), Rank(sorted, 99), sorted[^1], sorted.Average());
    }

    private static double Rank(double[] sorted, double percentile)
    {
        int rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
