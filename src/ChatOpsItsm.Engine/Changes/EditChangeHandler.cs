using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// <c>change edit &lt;id&gt; [field:value…]</c>: corrects a Draft before it is submitted, such as the placeholder window
/// and rollback plan of a change raised from a major incident's follow-up action. Only the fields given change; times
/// are read as <c>change new</c> reads them, and a standard template must be a configured one. The requester, agents,
/// on-call engineers and admins may do it (<see cref="ChangePermissions"/>); anything refused writes nothing.
/// </summary>
public sealed class EditChangeHandler(ChangeUpdater updater, ChangeSettings settings, ChangeCards cards)
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

        HashSet<string> given = [.. arguments.Command.Parameters
            .Where(p => p.Kind != ParameterKind.TicketId && arguments.Text(p.Name) is not null)
            .Select(p => p.Name)];
        if (given.Count == 0)
        {
            return ChangeReplies.Say($"Which fields should change? Usage: `{arguments.Command.Usage}`");
        }

        // The given values read as change new reads them; the defaults it fills in are ignored for fields not given.
        (ChangeDraft? values, string? unreadable) = ChangeDraftValues.ToDraft(arguments.Values);
        if (values is null)
        {
            return ChangeReplies.Say(unreadable!);
        }

        IReadOnlyList<FieldChange> revised = [];
        ChangeUpdate update = await updater.UpdateAsync(
            id.Value,
            change =>
            {
                DomainResult result = Revise(change, Merge(change, values, given), context);
                revised = result.Succeeded ? change.PendingEvents[^1].Changes : [];
                return result;
            },
            context.Now,
            cancellationToken);
        if (update.Status != ChangeUpdateStatus.Saved)
        {
            return ChangeReplies.Failure(update, id.Value);
        }

        Change edited = update.Change!;
        string text = $"Revised **{edited.Id}**: {string.Join(", ", revised.Select(c => FieldName(c.Field)))}. "
            + $"When it is ready: `change submit {edited.Id}`.";
        return EngineResponse.Of(Reply.Show(cards.Render(edited, context.Person, context.Now), text));
    }

    private DomainResult Revise(Change change, ChangeDraft draft, CommandContext context)
    {
        if (!ChangePermissions.MayAct(context.Person, ChangeOperation.Revise, change))
        {
            return DomainResult.Refused(ChangeReplies.NotAllowed, ChangePermissions.Explain(ChangeOperation.Revise));
        }

        // As at submission: only a draft is checked here, so a change past Draft gets the domain's own refusal.
        if (change.State == ChangeState.Draft && draft.Type == ChangeType.Standard && draft.TemplateName is { } name)
        {
            if (settings.Template(name) is not { } template)
            {
                return DomainResult.Refused(DomainErrorCodes.Validation, NewChangeHandler.UnknownTemplate(name, settings.StandardTemplates));
            }

            draft = draft with { TemplateName = template };
        }

        return change.Revise(draft, context.Action);
    }

    /// <summary>The stored draft with the given fields replaced.</summary>
    private static ChangeDraft Merge(Change change, ChangeDraft values, HashSet<string> given)
    {
        string? Pick(string field, string? value, string stored) => given.Contains(field) ? value : stored;
        ChangeType type = given.Contains("type") ? values.Type : change.Type;

        // A template belongs to a standard change: a change made normal or emergency drops the one it had.
        string? template = given.Contains("template") ? values.TemplateName : type == ChangeType.Standard ? change.TemplateName : null;
        return new ChangeDraft(
            Pick("title", values.Title, change.Title),
            Pick("description", values.Description, change.Description),
            type,
            given.Contains("risk") ? values.Risk : change.Risk,
            given.Contains("impact") ? values.Impact : change.Impact,
            Pick("service", values.Service, change.Service),
            given.Contains("start") ? values.PlannedStart : change.PlannedWindow.Start,
            given.Contains("end") ? values.PlannedEnd : change.PlannedWindow.End,
            Pick("plan", values.ImplementationPlan, change.ImplementationPlan),
            Pick("rollback", values.RollbackPlan, change.RollbackPlan),
            template);
    }

    /// <summary>An audit field by the name the command gives it.</summary>
    private static string FieldName(string field) => field switch
    {
        "implementationPlan" => "plan",
        "rollbackPlan" => "rollback",
        _ => field,
    };
}
