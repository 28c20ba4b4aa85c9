using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Releases;

/// <summary><c>release show &lt;id&gt;</c>: the card with each change's current state and the audit history.</summary>
public sealed class ShowReleaseHandler(IReleaseStore store, ReleaseChangeStates changeStates, ReleaseCards cards)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? problem) = ReleaseReplies.ReleaseId(arguments);
        if (id is null)
        {
            return problem!;
        }

        ReleaseWithHistory? found = await store.GetWithHistoryAsync(id.Value, cancellationToken);
        if (found is null)
        {
            return ReleaseReplies.Say($"I can't find {id}.");
        }

        IReadOnlyList<ReleaseChangeStatus> statuses = await changeStates.ReadAsync(found.Release, cancellationToken);
        return EngineResponse.Of(Reply.Show(cards.Render(found.Release, context.Person, statuses, found.History)));
    }
}
