using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Requests;

/// <summary>
/// <c>request approve|reject &lt;id&gt;</c>, typed or clicked on the approval card. The vote is applied to a fresh read and
/// written conditionally, re-read on a conflict, so approvers acting at once lose no vote and count none twice; the write
/// refreshes the approval card. The domain refuses the requester, anyone not the manager or in the group, and a decided approval.
/// </summary>
public sealed class ApproveRequestHandler(RequestUpdater updater, RequestCards cards)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? problem) = RequestReplies.RequestId(arguments);
        if (id is null)
        {
            return problem!;
        }

        bool approve = arguments.Command.Name == "approve";
        VoteChoice choice = approve ? VoteChoice.Approve : VoteChoice.Reject;
        string? text = approve ? arguments.Text("comment") : arguments.Text("reason");
        RequestUpdate update = await updater.UpdateAsync(id.Value, r => r.Vote(context.Person, choice, text, context.Action), context.Now, cancellationToken);
        if (update.Status == RequestUpdateStatus.Unchanged)
        {
            return RequestReplies.Say($"Your {(approve ? "approval" : "rejection")} of **{id}** was already recorded; nothing changed.");
        }

        if (update.Status != RequestUpdateStatus.Saved)
        {
            return RequestReplies.Failure(update, id.Value);
        }

        ServiceRequest request = update.Request!;
        string outcome = request.State switch
        {
            RequestState.Approved => $" **{request.Id}** is Approved and goes to the {request.FulfillmentGroup} team.",
            RequestState.Rejected => $" **{request.Id}** is Rejected.",
            _ => $" {RequestText.Approval(request)}.",
        };
        return EngineResponse.Of(Reply.Show(cards.Render(request, context.Person),
            $"Your {(approve ? "approval" : "rejection")} of **{request.Id}** is recorded." + outcome));
    }
}
