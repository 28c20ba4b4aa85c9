using System.Globalization;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Delivery;

/// <summary>
/// <c>admin deliveries</c> lists the work moved aside after failing too often; <c>admin replay &lt;workId&gt;</c> puts one
/// back on the queue with fresh attempts. Admins only (the catalog says so; the router checks).
/// </summary>
public sealed class FailedDeliveriesHandler(IFailedDeliveries failed)
{
    /// <summary>Items listed in chat; the REST API (<c>GET /api/deliveries?state=failed</c>) has them all.</summary>
    public const int Shown = 20;

    private const int ReasonShown = 160;

    public async Task<EngineResponse> ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<FailedDelivery> items = await failed.ListAsync(Shown + 1, cancellationToken);
        if (items.Count == 0)
        {
            return Say("**Failed deliveries**: none. Everything queued was delivered or is still being tried.");
        }

        IEnumerable<string> lines = items.Take(Shown).Select(item =>
            $"- `{Clean(item.WorkId, 200)}` · {item.Kind} · {Clean(item.Target, 120)} · "
            + $"{item.Attempts.ToString(CultureInfo.InvariantCulture)} attempts · failed {SlaText.Stamp(item.FailedAt)} · {Clean(item.Reason, ReasonShown)}");
        string more = items.Count > Shown ? $"\n\n_Showing the first {Shown}; `GET /api/deliveries?state=failed` lists them all._" : "";
        return Say("**Failed deliveries**\n" + string.Join('\n', lines) + more + "\n\nPut one back on the queue with `admin replay <workId>`.");
    }

    public async Task<EngineResponse> ReplayAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        string? workId = arguments.Text("work");
        if (workId is null)
        {
            return Say($"Which delivery? Usage: `{arguments.Command.Usage}`; `admin deliveries` lists them.");
        }

        if (arguments.FirstProblem() is { } problem)
        {
            return Say(problem);
        }

        return await failed.ReplayAsync(workId, cancellationToken)
            ? Say($"`{Clean(workId, 200)}` is back on the queue with fresh attempts.")
            : Say($"There is no failed delivery `{Clean(workId, 200)}`. `admin deliveries` lists them.");
    }

    /// <summary>One line, no backticks breaking the formatting, at most <paramref name="max"/> characters.</summary>
    private static string Clean(string text, int max)
    {
        string line = new((text ?? "").Select(c => char.IsControl(c) ? ' ' : c == '`' ? '\'' : c).ToArray());
        return line.Length <= max ? line : line[..max] + "…";
    }

    private static EngineResponse Say(string text) => EngineResponse.Of(Reply.Say(text));
}
