using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.Releases;

/// <summary><c>release list [open|all]</c> (open by default), from one index read.</summary>
public sealed class ListReleasesHandler(IReleaseStore store)
{
    public const int PageSize = 20;

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return ReleaseReplies.Say(problem);
        }

        bool all = string.Equals(arguments.Text("scope"), "all", StringComparison.OrdinalIgnoreCase);
        string heading = all ? "All releases" : "Open releases";
        ReleasePage page = await store.ListAsync(new ReleaseQuery(all ? ReleaseListKind.All : ReleaseListKind.Open, PageSize), cancellationToken);
        if (page.Items.Count == 0)
        {
            return ReleaseReplies.Say($"**{heading}**: none.");
        }

        IEnumerable<string> lines = page.Items.Take(PageSize).Select(r =>
            $"- **{r.Id}** · {ReleaseStates.DisplayName(r.State)} · {r.Title}"
            + (r.Service.Length == 0 ? "" : $" · {r.Service}")
            + (r.Window is { } window ? $" · {window}" : "")
            + $" · {(r.ChangeCount == 1 ? "1 change" : $"{r.ChangeCount} changes")}");
        string tail = page.ContinuationToken is null ? "" : $"\n\n_Showing the first {PageSize}._";
        return ReleaseReplies.Say($"**{heading}**\n" + string.Join('\n', lines) + tail);
    }
}
