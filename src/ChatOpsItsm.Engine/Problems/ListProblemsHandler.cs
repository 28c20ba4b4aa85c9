using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;

namespace ChatOpsItsm.Engine.Problems;

/// <summary><c>problem list [open|known|all]</c>: open problems by default. Each listing reads one index. Anyone may.</summary>
public sealed class ListProblemsHandler(IProblemStore store)
{
    public const int PageSize = 20;

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return ProblemReplies.Say(problem);
        }

        (ProblemListKind kind, string heading) = arguments.Text("scope")?.ToLowerInvariant() switch
        {
            "known" => (ProblemListKind.KnownErrors, "Known errors"),
            "all" => (ProblemListKind.All, "All problems"),
            _ => (ProblemListKind.Open, "Open problems"),
        };
        ProblemPage page = await store.ListAsync(new ProblemQuery(kind, PageSize), cancellationToken);
        if (page.Items.Count == 0)
        {
            return ProblemReplies.Say($"**{heading}**: none.");
        }

        IEnumerable<string> lines = page.Items.Take(PageSize).Select(p =>
            $"- **{p.Id}** · {ProblemStates.DisplayName(p.State)} · {p.Title} · {p.Service} · {Incidents(p.IncidentCount)}");
        string tail = page.ContinuationToken is null ? "" : $"\n\n_Showing the first {PageSize}; see the REST API for all._";
        return ProblemReplies.Say($"**{heading}**\n" + string.Join('\n', lines) + tail);
    }

    private static string Incidents(int count) => count == 1 ? "1 incident" : $"{count} incidents";
}
