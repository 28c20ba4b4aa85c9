using System.Globalization;
using ChatOpsItsm.Bench.Discord;

namespace ChatOpsItsm.Bench.Reporting;

/// <summary>Prints the Discord figures: interactions through signature verification to the response, and the check alone.</summary>
internal static class DiscordReport
{
    public static void Write(DiscordFigures? discord, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (discord is null)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(Invariant(
            $"Discord: interactions through signature verification to response (POST /api/discord/interactions, {discord.Users} users in guild channels, {discord.Incidents} incidents, warm-up {discord.Warmup}, bounded at {discord.TimeoutSeconds:0} s)"));
        writer.WriteLine(Invariant(
            $"  latency in ms from sending the signed interaction to reading the HTTP response (Discord's first answer: a message, or a defer after {discord.DeferAfterMilliseconds:0} ms)"));
        TextTable table = new(
            "command", "sent", "200", "err", "inline", "deferred", "other", "wrong", "p50", "p95", "p99", "max",
            Invariant($"≤{discord.DeadlineMilliseconds / 1000:0} s"), "int/s", "RT/int", "status");
        foreach (DiscordPhaseResult phase in discord.Phases)
        {
            table.Add(
                phase.Name,
                Invariant($"{phase.Sent}/{phase.Planned}"),
                Invariant($"{phase.Ok}"),
                Failures(phase),
                Invariant($"{phase.Inline}"),
                Invariant($"{phase.Deferred}"),
                Invariant($"{phase.OtherType}"),
                Invariant($"{phase.Unexpected}"),
                Invariant($"{phase.Latency.P50:0.00}"),
                Invariant($"{phase.Latency.P95:0.00}"),
                Invariant($"{phase.Latency.P99:0.00}"),
                Invariant($"{phase.Latency.Max:0.00}"),
                Invariant($"{phase.WithinDeadlineShare * 100:0.0}%"),
                Invariant($"{phase.InteractionsPerSecond:0}"),
                Invariant($"{phase.RoundTripsPerInteraction:0.00}"),
                phase.Complete ? "complete" : Invariant($"INCOMPLETE: stopped at {discord.TimeoutSeconds:0} s"));
        }

        table.WriteTo(writer);
        writer.WriteLine(
            "  err: not 200 (status×count, or no answer); inline: a type-4 message; deferred: a type-5 acknowledgement, answered later through the delivery queue; other: any other body; wrong: an inline answer not naming the incident (report: a new id; show: the id asked for; list: any id)");
        writer.WriteLine(Invariant(
            $"  ≤{discord.DeadlineMilliseconds / 1000:0} s: answered 200 within Discord's deadline for the first response ÷ sent; int/s: 200s ÷ the measured pass (commands interleaved); RT/int: storage requests of the pass ÷ interactions"));
        writer.WriteLine(Invariant(
            $"  the host sent {discord.RestCalls} requests to the fake Discord REST API in the whole phase; a body changed after signing was answered {(discord.BadSignatureStatus is { } status ? status.ToString(CultureInfo.InvariantCulture) : "not at all")} (401 expected)"));

        SignatureFigures signature = discord.Signature;
        writer.WriteLine();
        writer.WriteLine(Invariant(
            $"Discord: signature check alone (InteractionSignatureVerifier.Verify, one thread, {signature.BodyBytes}-byte body, {signature.Operations} checks after {signature.Warmup})"));
        TextTable check = new("µs mean", "µs p50", "µs p95", "µs p99", "µs max", "checks/s", "refused", "% of int p50", "% of 3 s", "% of a core at int/s");
        check.Add(
            Invariant($"{signature.Microseconds.Mean:0.0}"),
            Invariant($"{signature.Microseconds.P50:0.0}"),
            Invariant($"{signature.Microseconds.P95:0.0}"),
            Invariant($"{signature.Microseconds.P99:0.0}"),
            Invariant($"{signature.Microseconds.Max:0.0}"),
            Invariant($"{signature.OperationsPerSecond:0}"),
            Invariant($"{signature.Failures}"),
            Invariant($"{signature.ShareOfInteractionP50:0.00}%"),
            Invariant($"{signature.ShareOfDeadline:0.000}%"),
            Invariant($"{signature.CoreShareAtMeasuredRate:0.0}%"));
        check.WriteTo(writer);
        writer.WriteLine(
            "  shares use the median check (a preempted call on a busy machine takes ms and swamps the mean): % of int p50, ÷ the interactions' p50 under load; % of 3 s, ÷ Discord's deadline; % of a core, × int/s of the pass, the CPU the check took at that rate");
    }

    private static string Failures(DiscordPhaseResult phase) =>
        phase.Failed == 0
            ? "0"
            : Invariant($"{phase.Failed} ({string.Join(", ", phase.FailuresByStatus.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Invariant($"{pair.Key}×{pair.Value}")))})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
