using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// <c>change start|complete|fail|review|close|cancel &lt;id&gt; [text]</c>: checks who may (<see cref="ChangePermissions"/>),
/// applies the domain step through <see cref="ChangeUpdater"/>; the requester hears of the new state.
/// </summary>
public sealed class ChangeLifecycleHandler(ChangeUpdater updater, ChangeCards cards)
{
    private delegate DomainResult Apply(Change change);

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? problem) = ChangeReplies.ChangeId(arguments);
        if (id is null)
        {
            return problem!;
        }

        string? notes = arguments.Text("notes");
        string? reason = arguments.Text("reason");
        (ChangeOperation operation, Apply apply) = arguments.Command.Name switch
        {
            "start" => (ChangeOperation.Start, (Apply)(c => c.Start(context.Action))),
            "complete" => (ChangeOperation.Complete, (Apply)(c => c.Complete(notes, context.Action))),
            "fail" => (ChangeOperation.Fail, (Apply)(c => c.Fail(reason ?? "", context.Action))),
            "review" => (ChangeOperation.Review, (Apply)(c => c.BeginReview(notes, context.Action))),
            "close" => (ChangeOperation.Close, (Apply)(c => c.Close(notes, context.Action))),
            "cancel" => (ChangeOperation.Cancel, (Apply)(c => c.Cancel(reason, context.Action))),
            _ => throw new InvalidOperationException($"'{arguments.Command.Path}' is not a change step."),
        };
        ChangeUpdate update = await updater.UpdateAsync(
            id.Value,
            change => ChangePermissions.MayAct(context.Person, operation, change)
                ? apply(change)
                : DomainResult.Refused(ChangeReplies.NotAllowed, ChangePermissions.Explain(operation)),
            context.Now,
            cancellationToken);
        if (update.Status != ChangeUpdateStatus.Saved)
        {
            return ChangeReplies.Failure(update, id.Value);
        }

        Change changed = update.Change!;
        return EngineResponse.Of(Reply.Show(
            cards.Render(changed, context.Person, context.Now), $"**{changed.Id}** is now {ChangeStates.DisplayName(changed.State)}."));
    }
}
