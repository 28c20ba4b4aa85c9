using ChatOpsItsm.Domain.Changes;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>The words change cards and replies share: where a vote stands, who voted how, overlapping changes.</summary>
public static class ChangeText
{
    /// <summary>"1 of 2 approvals", then any rejections and abstentions.</summary>
    public static string Tally(VoteTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        string text = $"{tally.Approvals} of {tally.Quorum} approvals";
        if (tally.Rejections > 0)
        {
            text += tally.Rejections == 1 ? ", 1 rejection" : $", {tally.Rejections} rejections";
        }

        if (tally.Abstentions > 0)
        {
            text += tally.Abstentions == 1 ? ", 1 abstention" : $", {tally.Abstentions} abstentions";
        }

        return text;
    }

    /// <summary>"**Votes**" and a line per approver ("- Bob: approve: fine by me"), or that nobody voted yet.</summary>
    public static string Votes(VoteTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (tally.Votes.Count == 0)
        {
            return "_No votes yet._";
        }

        IEnumerable<string> lines = tally.Votes.Select(v =>
            $"- {v.ApproverName}: {v.Choice.ToString().ToLowerInvariant()}{(v.Comment is null ? "" : $": {Shorten(v.Comment)}")}");
        return "**Votes**\n" + string.Join('\n', lines);
    }

    /// <summary>The warning about other changes planned on the same service at the same time; null when there are none.</summary>
    public static string? Overlaps(IReadOnlyList<ScheduledChange>? overlaps)
    {
        if (overlaps is not { Count: > 0 })
        {
            return null;
        }

        IEnumerable<string> lines = overlaps.Select(o => $"- **{o.Id}** · {o.Title} · {o.Window}");
        return "⚠ **Overlaps** other changes on this service:\n" + string.Join('\n', lines);
    }

    public static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
