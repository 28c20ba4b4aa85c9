using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>
/// <c>incident show &lt;id&gt;</c>: the card with the SLA standing and recent history, from one read; with the problems it
/// is linked to and the changes implemented on its service within the correlation window before it was reported.
/// </summary>
public sealed class ShowIncidentHandler(IIncidentStore store, IncidentCards cards, ProblemHints problems, ChangeSuspects changes)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, string? problem) = arguments.TicketId();
        if (id is null)
        {
            return EngineResponse.Of(Reply.Say(problem!));
        }

        if (id.Value.Type != TicketType.Incident)
        {
            return EngineResponse.Of(Reply.Say($"{id} is not an incident; I can show incidents (INC-…) so far."));
        }

        IncidentWithHistory? found = await store.GetWithHistoryAsync(id.Value, cancellationToken);
        if (found is null)
        {
            return EngineResponse.Of(Reply.Say($"I can't find {id}."));
        }

        Incident incident = found.Incident;
        Card card = cards.Render(incident, context.Person, context.Now, found.History);
        card = ProblemHints.WithProblems(card, await problems.OfIncidentAsync(id.Value, cancellationToken));
        IReadOnlyList<ChangeSummary> suspects = await changes.FindAsync(incident.Service, incident.CreatedAt, cancellationToken);
        return EngineResponse.Of(Reply.Show(ChangeSuspects.WithSuspects(card, incident.Id, suspects, context.Person, context.Now)));
    }
}
