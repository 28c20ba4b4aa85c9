using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>
/// <c>problem new &lt;title&gt; [service:] [from:INC-1001,INC-1002]</c>: every incident named must exist (one point read
/// each); the service defaults to the first incident's. Stored in New with its incidents linked.
/// </summary>
public sealed class NewProblemHandler(IProblemStore store, IIncidentStore incidents, ProblemCards cards, ProblemOutbound outbound)
{
    private static readonly char[] Separators = [',', ';', ' '];

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return ProblemReplies.Say(problem);
        }

        if (arguments.Text("title") is null)
        {
            return ProblemReplies.Say($"What is the problem? Usage: `{arguments.Command.Usage}`");
        }

        (List<TicketId>? ids, string? unreadable) = ParseIncidents(arguments.Text("from"));
        if (ids is null)
        {
            return ProblemReplies.Say(unreadable!);
        }

        if (ids.Count > ProblemLimits.MaxIncidents)
        {
            return ProblemReplies.Say($"A problem links at most {ProblemLimits.MaxIncidents} incidents.");
        }

        StoredIncident?[] found = await Task.WhenAll(ids.Select(id => incidents.GetAsync(id, cancellationToken)));
        List<TicketId> missing = [.. ids.Where((_, i) => found[i] is null)];
        if (missing.Count > 0)
        {
            return ProblemReplies.Say($"I can't find {string.Join(", ", missing)}; nothing was raised.");
        }

        string? service = arguments.Text("service") ?? found.FirstOrDefault()?.Incident.Service;
        if (service is null)
        {
            return ProblemReplies.Say("Which service? Add `service:<name>`, or `from:<incident ids>` to take the first incident's.");
        }

        ProblemDraft draft = new(arguments.Text("title"), service, ids);
        IReadOnlyList<DomainError> errors = draft.Validate();
        if (errors.Count > 0)
        {
            return ProblemReplies.Say(string.Join(' ', errors.Select(e => e.Message)));
        }

        Problem created = await store.CreateAsync(
            id => Problem.Raise(id, draft, context.Action).Problem ?? throw new InvalidOperationException("A validated draft was refused."),
            made => outbound.For(made, context.Now),
            cancellationToken);
        string linked = created.Incidents.Count == 0 ? "" : $" from {string.Join(", ", created.Incidents)}";
        string text = $"Raised **{created.Id}** on {created.Service}{linked}. "
            + $"Next: `problem rootcause {created.Id} <text>` or `problem workaround {created.Id} <text>`.";
        return EngineResponse.Of(Reply.Show(cards.Render(created, context.Person), text));
    }

    /// <summary>The distinct incident ids of <c>from:</c>, in order; or why one is not an incident id.</summary>
    public static (List<TicketId>? Ids, string? Problem) ParseIncidents(string? text)
    {
        List<TicketId> ids = [];
        foreach (string word in (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TicketId.TryParse(word, out TicketId id) || id.Type != TicketType.Incident)
            {
                string shown = word.Length <= 40 ? word : word[..40] + "…";
                return (null, $"`{shown}` is not an incident id such as INC-1001.");
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return (ids, null);
    }
}
