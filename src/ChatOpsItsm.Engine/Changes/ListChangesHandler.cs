using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// <c>change list [mine|open|all]</c>. Agents, on-call engineers and admins see the open changes by default, everyone
/// else their own. Each listing reads one index.
/// </summary>
public sealed class ListChangesHandler(IChangeStore store)
{
    public const int PageSize = 20;

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return ChangeReplies.Say(problem);
        }

        string scope = arguments.Text("scope")?.ToLowerInvariant() ?? (context.Person.WorksIncidents ? "open" : "mine");
        (ChangeListKind kind, string heading) = scope switch
        {
            "mine" => (ChangeListKind.RequestedBy, "Your changes"),
            "all" => (ChangeListKind.All, "All changes"),
            _ => (ChangeListKind.Open, "Open changes"),
        };
        ChangePage page = await store.ListAsync(new ChangeQuery(kind, PageSize) { Person = context.Person.PrimaryIdentity }, cancellationToken);
        if (page.Items.Count == 0)
        {
            return ChangeReplies.Say($"**{heading}**: none.");
        }

        IEnumerable<string> lines = page.Items.Take(PageSize).Select(c =>
            $"- **{c.Id}** · {ChangeStates.DisplayName(c.State)} · {ChangeText.Lower(c.Type)} · {c.Title} · {c.Service} · {c.PlannedWindow}");
        string tail = page.ContinuationToken is null ? "" : $"\n\n_Showing the first {PageSize}; see the REST API for all._";
        return ChangeReplies.Say($"**{heading}**\n" + string.Join('\n', lines) + tail);
    }
}
