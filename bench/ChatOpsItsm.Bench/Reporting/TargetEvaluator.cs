using System.Globalization;
using System.Text.RegularExpressions;
using ChatOpsItsm.Bench.Measurement;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>
/// Holds the figures against the targets of issue 2 §8: <c>report</c> ≤ 2 storage round trips, <c>show</c> = 1,
/// <c>list</c> = 1 reading only its index partition, and each command's p50 within 1.25× of its storage floor.
/// The round-trip targets were set before every event paid for inbound bookkeeping (issue 3 §1, §5) and the local
/// channel kept a transcript, so each is held twice: against the whole request, and against the command's own
/// requests (<see cref="RequestGroups.Own"/>), named request by request in the sequential pass.
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
            RoundTrips("report ≤ 2 storage round trips, whole request", report, count => count <= 2),
            OwnRoundTrips("report ≤ 2 storage round trips of its own", report.Exact, count => count <= 2),
            RoundTrips("show = 1 storage round trip, whole request", show, count => count == 1),
            OwnRoundTrips("show = 1 storage round trip of its own", show.Exact, count => count == 1),
            RoundTrips("list = 1 storage round trip, whole request", list, count => count == 1),
            OwnRoundTrips("list = 1 storage round trip of its own", list.Exact, count => count == 1),
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
    /// The command's own requests only (sequential pass, from the request log): every request within the limit. The
    /// rest of each request is named, so a reader sees what the whole-request figure adds.
    /// </summary>
    private static TargetResult OwnRoundTrips(string target, ExactRoundTrips exact, Func<double, bool> within)
    {
        IReadOnlyList<int> own = exact.CountsOf(RequestGroups.Own);
        IEnumerable<string> rest = exact.MeanByGroup
            .Where(group => group.Key != RequestGroups.Own)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => string.Create(CultureInfo.InvariantCulture, $"{group.Key} {group.Value:0.00}"));
        string histogram = string.Join(' ', own.GroupBy(count => count).OrderBy(group => group.Key).Select(group => $"{group.Key}×{group.Count()}"));
        string measured = $"sequential {histogram} (tickets, dialogs, outbox put); besides, per request: {string.Join(", ", rest.DefaultIfEmpty("nothing"))}";
        return new TargetResult(target + " (sequential)", measured, own.Count > 0 && own.All(count => within(count)));
    }

    /// <summary>
    /// Each sequential listing's own requests are one GET whose filter pins a single partition (no table scan, no
    /// OR), and none of its other requests (inbound bookkeeping, transcript) is a query at all: they are point reads
    /// and writes. The filter is printed, so a reader sees which index range it read.
    /// </summary>
    private static TargetResult IndexPartitionOnly(ExactRoundTrips list)
    {
        const string Target = "list reads only its index (its own requests: one query pinned to one partition; no other query)";
        if (list.Requests.Count == 0 || list.Requests.Any(requests => requests.Count == 0))
        {
            return new TargetResult(Target, "no storage request was observed", false);
        }

        StorageRequest[] own = [.. list.Requests.SelectMany(requests => requests).Where(request => StorageAreas.Group(request) == RequestGroups.Own)];
        StorageRequest[] otherQueries = [.. list.Requests.SelectMany(requests => requests)
            .Where(request => StorageAreas.Group(request) != RequestGroups.Own && Filter().IsMatch(request.Target))];
        bool pass = list.Requests.All(requests => requests.Count(request => StorageAreas.Group(request) == RequestGroups.Own) == 1)
            && own.All(SinglePartitionQuery)
            && otherQueries.Length == 0;
        string[] filters = [.. own.Concat(otherQueries).Select(request => Filter().Match(request.Target) is { Success: true } match
            ? "$filter=" + match.Groups["filter"].Value
            : request.ToString()).Distinct()];
        return new TargetResult(Target, string.Join(" | ", filters.Take(3)), pass);
    }

    private static bool SinglePartitionQuery(StorageRequest request)
    {
        if (request.Method != "GET")
        {
            return false;
        }

        Match filter = Filter().Match(request.Target);
        return filter.Success
            && PartitionEquals().Count(filter.Groups["filter"].Value) == 1
            && !filter.Groups["filter"].Value.Contains(" or ", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"[?&]\$filter=(?<filter>[^&]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Filter();

    [GeneratedRegex(@"PartitionKey\s+eq\s+'", RegexOptions.CultureInvariant)]
    private static partial Regex PartitionEquals();
}
