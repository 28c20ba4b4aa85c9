using System.Globalization;
using System.Text.RegularExpressions;
using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>
/// Holds the figures against the targets of issue 2 §8: <c>report</c> ≤ 2 storage round trips, <c>show</c> = 1,
/// <c>list</c> = 1 reading only its index partition, and each command's p50 within 1.25× of its storage floor.
/// A miss is reported, never thrown: the bench informs, it does not gate.
/// </summary>
internal static partial class TargetEvaluator
{
    public const double FloorLimit = 1.25;

    public static IReadOnlyList<TargetResult> Evaluate(
        OperationFigures report, OperationFigures show, OperationFigures list, IReadOnlyList<FloorRatio> ratios)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(show);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(ratios);
        List<TargetResult> targets =
        [
            RoundTrips("report ≤ 2 storage round trips", report, count => count <= 2),
            RoundTrips("show = 1 storage round trip", show, count => count == 1),
            RoundTrips("list = 1 storage round trip", list, count => count == 1),
            IndexPartitionOnly(list.Exact),
        ];
        targets.AddRange(ratios.Select(ratio => new TargetResult(
            $"{ratio.Command} p50 ≤ {FloorLimit:0.00}× {ratio.Floor} p50",
            string.Create(CultureInfo.InvariantCulture, $"{ratio.CommandP50:0.00} ms / {ratio.FloorP50:0.00} ms = {ratio.Ratio:0.00}×"),
            ratio.Pass)));
        return targets;
    }

    /// <summary>Every sequential request within the limit, and the mean under load within it too (retries count).</summary>
    private static TargetResult RoundTrips(string target, OperationFigures command, Func<double, bool> within)
    {
        string measured = string.Create(
            CultureInfo.InvariantCulture,
            $"sequential {command.Exact.Histogram}; under load {command.Load.RoundTripsPerRequest:0.00}/cmd");
        bool pass = command.Exact.PerRequest.Count > 0
            && command.Exact.PerRequest.All(count => within(count))
            && within(Math.Round(command.Load.RoundTripsPerRequest, 2));
        return new TargetResult(target, measured, pass);
    }

    /// <summary>
    /// Each sequential listing sent one GET whose filter pins a single partition (no table scan, no OR). The
    /// filter is printed, so a reader sees which index range it read.
    /// </summary>
    private static TargetResult IndexPartitionOnly(ExactRoundTrips list)
    {
        const string Target = "list reads only its index (one query pinned to one partition)";
        if (list.Requests.Count == 0 || list.Requests.Any(requests => requests.Count == 0))
        {
            return new TargetResult(Target, "no storage request was observed", false);
        }

        string[] all = [.. list.Requests.SelectMany(requests => requests)];
        bool pass = list.Requests.All(requests => requests.Count == 1) && all.All(SinglePartitionQuery);
        string[] filters = [.. all.Select(request => Filter().Match(request) is { Success: true } match
            ? "$filter=" + match.Groups["filter"].Value
            : request).Distinct()];
        return new TargetResult(Target, string.Join(" | ", filters.Take(3)), pass);
    }

    private static bool SinglePartitionQuery(string request)
    {
        if (!request.StartsWith("GET ", StringComparison.Ordinal))
        {
            return false;
        }

        Match filter = Filter().Match(request);
        return filter.Success
            && PartitionEquals().Count(filter.Groups["filter"].Value) == 1
            && !filter.Groups["filter"].Value.Contains(" or ", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"[?&]\$filter=(?<filter>[^&]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Filter();

    [GeneratedRegex(@"PartitionKey\s+eq\s+'", RegexOptions.CultureInvariant)]
    private static partial Regex PartitionEquals();
}
