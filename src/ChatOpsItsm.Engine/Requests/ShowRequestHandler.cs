using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Requests;

/// <summary><c>request show &lt;id&gt;</c>: the card with the fields, the approval and the audit history, from one read.</summary>
public sealed class ShowRequestHandler(IRequestStore store, RequestCards cards)
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

        RequestWithHistory? found = await store.GetWithHistoryAsync(id.Value, cancellationToken);
        return found is null
            ? RequestReplies.Say($"I can't find {id}.")
            : EngineResponse.Of(Reply.Show(cards.Render(found.Request, context.Person, found.History)));
    }
}
