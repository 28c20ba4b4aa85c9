namespace ChatOpsItsm.Bench.Measurement;

/// <summary>The storage requests counted so far, in total and by HTTP method (the counter's <c>operation</c> tag).</summary>
internal sealed record RoundTripSnapshot(long Total, IReadOnlyDictionary<string, long> ByOperation)
{
    /// <summary>What was counted between <paramref name="earlier"/> and this snapshot.</summary>
    public RoundTripSnapshot Since(RoundTripSnapshot earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        Dictionary<string, long> delta = ByOperation
            .Select(pair => (pair.Key, Count: pair.Value - earlier.ByOperation.GetValueOrDefault(pair.Key)))
            .Where(pair => pair.Count != 0)
            .ToDictionary(pair => pair.Key, pair => pair.Count, StringComparer.Ordinal);
        return new RoundTripSnapshot(Total - earlier.Total, delta);
    }
}
