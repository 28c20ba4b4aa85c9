using System.Globalization;
using ChatOpsItsm.Bench.Teams;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>Prints the Teams figures: activities through JWT validation to the reply handed to the connector.</summary>
internal static class TeamsReport
{
    public static void Write(TeamsFigures? teams, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (teams is null)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(Invariant(
            $"Teams: activities through JWT validation to reply (POST /api/messages, {teams.Users} users in personal chats, {teams.Incidents} incidents, warm-up {teams.Warmup}, bounded at {teams.TimeoutSeconds:0} s)"));
        writer.WriteLine("  latency in ms from sending the signed activity to the HTTP 200 (returned after the reply was handed to the connector)");
        TextTable table = new("activity", "sent", "200", "err", "replies", "missing", "extra", "wrong", "p50", "p95", "p99", "max", "act/s", "RT/act", "status");
        foreach (TeamsPhaseResult phase in teams.Phases)
        {
            table.Add(
                phase.Name,
                Invariant($"{phase.Sent}/{phase.Planned}"),
                Invariant($"{phase.Ok}"),
                Invariant($"{phase.Failed}"),
                Invariant($"{phase.Replies}/{phase.Ok}"),
                Invariant($"{phase.Missing}"),
                Invariant($"{phase.Extra}"),
                Invariant($"{phase.Unexpected}"),
                Invariant($"{phase.Latency.P50:0.00}"),
                Invariant($"{phase.Latency.P95:0.00}"),
                Invariant($"{phase.Latency.P99:0.00}"),
                Invariant($"{phase.Latency.Max:0.00}"),
                Invariant($"{phase.ActivitiesPerSecond:0}"),
                Invariant($"{phase.RoundTripsPerActivity:0.00}"),
                phase.Complete ? "complete" : Invariant($"INCOMPLETE: stopped at {teams.TimeoutSeconds:0} s"));
        }

        table.WriteTo(writer);
        writer.WriteLine(Invariant(
            $"  replies: activities answered 200 with a reply at the fake connector (replyToId = the activity id); missing: 200 without one; extra: replies beyond one; wrong: the reply does not name the incident asked for"));
        writer.WriteLine(Invariant(
            $"  act/s: 200s ÷ the measured pass (kinds interleaved); RT/act: storage requests of the pass ÷ activities; the host fetched the OpenID metadata {teams.MetadataFetches}×, the keys {teams.KeysFetches}×, a bot token {teams.TokenRequests}× in the whole phase"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
