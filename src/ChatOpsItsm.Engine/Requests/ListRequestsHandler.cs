using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>
/// <c>request list [mine|open|all]</c>. Agents, on-call engineers and admins see the open requests by default, everyone
/// else their own; only they may list others' requests. Each listing reads one index.
/// </summary>
public sealed class ListRequestsHandler(IRequestStore store)
{
    public const int PageSize = 20;

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return RequestReplies.Say(problem);
        }

        string scope = arguments.Text("scope")?.ToLowerInvariant() ?? (context.Person.WorksIncidents ? "open" : "mine");
        if (scope != "mine" && !context.Person.WorksIncidents)
        {
            return RequestReplies.Say("Only agents and on-call engineers can list others' requests; `request list mine` shows yours.");
        }

        (RequestListKind kind, string heading) = scope switch
        {
            "mine" => (RequestListKind.RequestedBy, "Your requests"),
            "all" => (RequestListKind.All, "All requests"),
            _ => (RequestListKind.Open, "Open requests"),
        };
        RequestPage page = await store.ListAsync(new RequestQuery(kind, PageSize) { Person = context.Person.PrimaryIdentity }, cancellationToken);
        if (page.Items.Count == 0)
        {
            return RequestReplies.Say($"**{heading}**: none.");
        }

        IEnumerable<string> lines = page.Items.Take(PageSize).Select(r =>
            $"- **{r.Id}** · {RequestStates.DisplayName(r.State)} · {r.ItemLabel} · {r.RequesterName}{(r.AssigneeName is null ? "" : $" · {r.AssigneeName}")}");
        string tail = page.ContinuationToken is null ? "" : $"\n\n_Showing the first {PageSize}; see the REST API for all._";
        return RequestReplies.Say($"**{heading}**\n" + string.Join('\n', lines) + tail);
    }
}
