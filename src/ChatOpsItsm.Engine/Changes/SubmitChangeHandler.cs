using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// <c>change submit &lt;id&gt;</c>: opens the vote under the type's configured policy (a standard change is scheduled at
/// once), refusing a window in a freeze unless it is an emergency. Overlapping changes on the service are a warning in
/// the reply and on the cards; the vote card and the deadline timer go out with the write.
/// </summary>
public sealed class SubmitChangeHandler(ChangeUpdater updater, ChangeSettings settings, ChangeCards cards)
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

        ChangeUpdate update = await updater.UpdateAsync(id.Value, change => Submit(change, context), context.Now, cancellationToken);
        if (update.Status != ChangeUpdateStatus.Saved)
        {
            return ChangeReplies.Failure(update, id.Value);
        }

        Change submitted = update.Change!;
        Card card = cards.Render(submitted, context.Person, context.Now, null, update.Overlaps);
        return EngineResponse.Of(Reply.Show(card, Confirmation(submitted, update.Overlaps)));
    }

    private DomainResult Submit(Change change, CommandContext context)
    {
        if (!ChangePermissions.MayAct(context.Person, ChangeOperation.Submit, change))
        {
            return DomainResult.Refused(ChangeReplies.NotAllowed, ChangePermissions.Explain(ChangeOperation.Submit));
        }

        if (change.Type == ChangeType.Standard && change.State == ChangeState.Draft && settings.Template(change.TemplateName) is null)
        {
            return DomainResult.Refused(DomainErrorCodes.Validation, NewChangeHandler.UnknownTemplate(change.TemplateName ?? "", settings.StandardTemplates));
        }

        ApprovalPolicy? policy = settings.Policies.For(change.Type);
        int? eligible = policy is null ? null : settings.EligibleApprovers(policy.Group, change.Requester);
        return change.Submit(settings.Policies, settings.FreezeWindows, eligible, context.Action);
    }

    private string Confirmation(Change change, IReadOnlyList<ScheduledChange> overlaps)
    {
        string text;
        if (change.Voting is { } voting)
        {
            ApproverGroup group = voting.Policy.Group;
            string approvals = voting.Policy.Quorum == 1 ? "1 approval" : $"{voting.Policy.Quorum} approvals";
            text = $"Submitted **{change.Id}** to the {group}: {approvals} needed by {ChangeWindow.Format(voting.Deadline)}.";
            if (settings.RoutesOf(group).Count == 0)
            {
                text += $" No channel is configured for the {group} (Itsm:Routes:Approvers:{group}), so no vote card was posted: "
                    + $"approvers can vote with `change approve {change.Id}`.";
            }
        }
        else
        {
            text = $"**{change.Id}** is Scheduled for {change.PlannedWindow}: the template {change.TemplateName} is pre-approved, so there is no vote.";
        }

        return overlaps.Count == 0
            ? text
            : text + $"\n\n⚠ It overlaps {string.Join(", ", overlaps.Select(o => $"**{o.Id}** ({o.Title}, {o.Window})"))} on {change.Service}.";
    }
}
