using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Sla;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>
/// Opens an incident from a complete draft, whichever way it arrived (command, form, intake). The changes implemented
/// on its service shortly before (<see cref="ChangeSuspects"/>) are named on its card and in the on-call notice; a burst
/// of incidents on the service is offered to the on-call routes as one major incident (<see cref="BurstDetector"/>).
/// </summary>
public sealed class IncidentReporter(
    IIncidentStore store, SlaPolicy slaPolicy, IncidentCards cards, IncidentOutbound outbound, ProblemHints problems, ChangeSuspects changes,
    BurstDetector bursts)
{
    public async Task<EngineResponse> ReportAsync(IncidentDraft draft, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<DomainError> errors = draft.Validate();
        if (errors.Count > 0)
        {
            return EngineResponse.Of(Reply.Say(string.Join(' ', errors.Select(e => e.Message))));
        }

        IReadOnlyList<ChangeSummary> suspects = await changes.FindAsync(draft.Service, context.Now, cancellationToken);
        Incident incident = await store.CreateAsync(
            id => Incident.Report(id, draft, slaPolicy, context.Action).Incident
                ?? throw new InvalidOperationException("A validated draft was refused."),
            created => outbound.For(created, context.Now, suspects),
            cancellationToken);
        await bursts.CheckAsync(incident, context.Now, cancellationToken);
        string text = $"Reported **{incident.Id}** ({incident.Priority}). I'll keep you posted here.";
        IReadOnlyList<ProblemSummary> knownErrors = await problems.KnownErrorsAsync(incident.Service, cancellationToken);
        Card card = ProblemHints.WithKnownErrors(cards.Render(incident, context.Person, context.Now), incident.Id, knownErrors, context.Person);
        card = ChangeSuspects.WithSuspects(card, incident.Id, suspects, context.Person, context.Now);
        return EngineResponse.Of(Reply.Show(card, knownErrors.Count == 0 ? text : text + " A known error matches: try its workaround."));
    }
}
