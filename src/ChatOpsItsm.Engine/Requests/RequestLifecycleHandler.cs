using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>
/// <c>request take|fulfill|close|cancel &lt;id&gt; [text]</c>: checks who may (<see cref="RequestPermissions"/>), applies the
/// domain step through <see cref="RequestUpdater"/>; the requester hears of the new state.
/// </summary>
public sealed class RequestLifecycleHandler(RequestUpdater updater, RequestCards cards)
{
    private delegate DomainResult Apply(ServiceRequest request);

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? problem) = RequestReplies.RequestId(arguments);
        if (id is null)
        {
            return problem!;
        }

        string? notes = arguments.Text("notes");
        string? reason = arguments.Text("reason");
        (RequestOperation operation, Apply apply) = arguments.Command.Name switch
        {
            "take" => (RequestOperation.Take, (Apply)(r => r.Take(context.Action))),
            "fulfill" => (RequestOperation.Fulfill, (Apply)(r => r.Fulfill(notes, context.Action))),
            "close" => (RequestOperation.Close, (Apply)(r => r.Close(notes, context.Action))),
            "cancel" => (RequestOperation.Cancel, (Apply)(r => r.Cancel(reason, context.Action))),
            _ => throw new InvalidOperationException($"'{arguments.Command.Path}' is not a request step."),
        };
        RequestUpdate update = await updater.UpdateAsync(
            id.Value,
            request => RequestPermissions.MayAct(context.Person, operation, request)
                ? apply(request)
                : DomainResult.Refused(RequestReplies.NotAllowed, RequestPermissions.Explain(operation)),
            context.Now,
            cancellationToken);
        if (update.Status != RequestUpdateStatus.Saved)
        {
            return RequestReplies.Failure(update, id.Value);
        }

        ServiceRequest changed = update.Request!;
        return EngineResponse.Of(Reply.Show(cards.Render(changed, context.Person), $"**{changed.Id}** is now {RequestStates.DisplayName(changed.State)}."));
    }
}
