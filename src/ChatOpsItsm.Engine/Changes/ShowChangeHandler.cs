using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary><c>change show &lt;id&gt;</c>: the card with the plan, the vote's tally and the audit history, from one read.</summary>
public sealed class ShowChangeHandler(IChangeStore store, ChangeCards cards)
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

        ChangeWithHistory? found = await store.GetWithHistoryAsync(id.Value, cancellationToken);
        return found is null
            ? ChangeReplies.Say($"I can't find {id}.")
            : EngineResponse.Of(Reply.Show(cards.Render(found.Change, context.Person, context.Now, found.History)));
    }
}
