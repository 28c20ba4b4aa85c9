using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Problems;

/// <summary><c>problem show &lt;id&gt;</c>: the card with the incidents, cause, workaround and history, from one read. Anyone may.</summary>
public sealed class ShowProblemHandler(IProblemStore store, ProblemCards cards)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? problem) = ProblemReplies.IdOf(arguments, "id", TicketType.Problem);
        if (id is null)
        {
            return problem!;
        }

        ProblemWithHistory? found = await store.GetWithHistoryAsync(id.Value, cancellationToken);
        return found is null
            ? ProblemReplies.Say($"I can't find {id}.")
            : EngineResponse.Of(Reply.Show(cards.Render(found.Problem, context.Person, found.History)));
    }
}
