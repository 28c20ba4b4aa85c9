using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// <c>change link|unlink &lt;id&gt; &lt;incident&gt;</c> (and the <c>change.link</c> button of a reported incident): links an
/// incident the change may have caused, or undoes it. Agents, on-call engineers and admins; linking reads the incident
/// first, so only one that exists is linked.
/// </summary>
public sealed class ChangeLinkHandler(ChangeUpdater updater, IIncidentStore incidents, ChangeCards cards)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? problem) = ChangeReplies.ChangeId(arguments);
        if (id is null)
        {
            return problem!;
        }

        (TicketId? given, string? wrong) = arguments.TicketId("incident");
        wrong ??= arguments.FirstProblem();
        if (given is null || wrong is not null)
        {
            return ChangeReplies.Say(wrong!);
        }

        TicketId incident = given.Value;
        if (incident.Type != TicketType.Incident)
        {
            return ChangeReplies.Say($"{incident} is not an incident; incident ids look like INC-1001.");
        }

        bool link = arguments.Command.Name == "link";
        if (link && await incidents.GetAsync(incident, cancellationToken) is null)
        {
            return ChangeReplies.Say($"I can't find {incident}.");
        }

        ChangeUpdate update = await updater.UpdateAsync(
            id.Value,
            change => !ChangePermissions.MayAct(context.Person, ChangeOperation.Link, change)
                ? DomainResult.Refused(ChangeReplies.NotAllowed, ChangePermissions.Explain(ChangeOperation.Link))
                : link ? change.LinkIncident(incident, context.Action) : change.UnlinkIncident(incident, context.Action),
            context.Now,
            cancellationToken);
        if (update.Status != ChangeUpdateStatus.Saved)
        {
            return ChangeReplies.Failure(update, id.Value);
        }

        Change changed = update.Change!;
        string done = link ? $"Linked {incident} to" : $"Unlinked {incident} from";
        return EngineResponse.Of(Reply.Show(
            cards.Render(changed, context.Person, context.Now), $"{done} **{changed.Id}**; it links {changed.LinkedIncidents.Count} incident(s)."));
    }
}
