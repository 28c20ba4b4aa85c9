using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>
/// <c>incident list [mine|open|all] [priority:Pn]</c>. Agents see the open queue by default, everyone else
/// their own incidents. Each listing reads one index.
/// </summary>
public sealed class ListIncidentsHandler(IIncidentStore store)
{
    public const int PageSize = 20;

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return EngineResponse.Of(Reply.Say(problem));
        }

        string scope = arguments.Text("scope")?.ToLowerInvariant() ?? (context.Person.WorksIncidents ? "open" : "mine");
        Priority? priority = PriorityKeys.TryParse(arguments.Text("priority"), out Priority p) ? p : null;
        List<IncidentSummary> items = [];
        bool more = false;
        string heading;
        if (scope == "mine")
        {
            heading = "Your incidents";
            IncidentPage requested = await store.ListAsync(Query(IncidentListKind.RequestedBy, null, context), cancellationToken);
            items.AddRange(requested.Items);
            more = requested.ContinuationToken is not null;
            if (context.Person.WorksIncidents)
            {
                IncidentPage assigned = await store.ListAsync(Query(IncidentListKind.AssignedTo, null, context), cancellationToken);
                items.AddRange(assigned.Items.Where(a => items.All(i => i.Id != a.Id)));
                more |= assigned.ContinuationToken is not null;
            }

            items = items.Where(i => priority is null || i.Priority == priority).OrderByDescending(i => i.Id).ToList();
        }
        else
        {
            heading = scope == "all" ? "All incidents" : "Open incidents";
            IncidentListKind kind = scope == "all" ? IncidentListKind.All : IncidentListKind.Open;
            IncidentPage page = await store.ListAsync(Query(kind, priority, context), cancellationToken);
            items.AddRange(page.Items);
            more = page.ContinuationToken is not null;
        }

        return EngineResponse.Of(Reply.Say(Format(heading, priority, items, more)));
    }

    private static IncidentQuery Query(IncidentListKind kind, Priority? priority, CommandContext context) =>
        new(kind, PageSize) { Priority = priority, Person = context.Person.PrimaryIdentity };

    private static string Format(string heading, Priority? priority, List<IncidentSummary> items, bool more)
    {
        string filter = priority is null ? "" : $" ({priority})";
        if (items.Count == 0)
        {
            return $"**{heading}{filter}**: none.";
        }

        IEnumerable<string> lines = items.Take(PageSize).Select(i =>
            $"- **{i.Id}** · {i.Priority} · {IncidentStates.DisplayName(i.State)} · {i.Title} · {i.Service} · {i.AssigneeName ?? "unassigned"}");
        string tail = more || items.Count > PageSize
            ? $"\n\n_Showing the first {PageSize}; narrow it with `priority:P1` or see the REST API for all._"
            : "";
        return $"**{heading}{filter}**\n" + string.Join('\n', lines) + tail;
    }
}
