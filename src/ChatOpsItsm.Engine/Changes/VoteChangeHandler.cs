using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// <c>change approve|reject|abstain &lt;id&gt;</c>, typed or clicked on the vote card. The vote is applied to a fresh read
/// and written conditionally, re-read on a conflict, so a CAB voting at once loses no vote and counts none twice; the
/// write refreshes the vote card everywhere. The domain refuses the requester, non-approvers and a closed vote; a vote
/// identical to the standing one is answered as already recorded and writes nothing.
/// </summary>
public sealed class VoteChangeHandler(ChangeUpdater updater, ChangeCards cards)
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

        VoteChoice choice = arguments.Command.Name switch
        {
            "approve" => VoteChoice.Approve,
            "reject" => VoteChoice.Reject,
            "abstain" => VoteChoice.Abstain,
            _ => throw new InvalidOperationException($"'{arguments.Command.Path}' is not a vote."),
        };
        string? comment = arguments.Text(choice == VoteChoice.Reject ? "reason" : "comment");
        if (choice == VoteChoice.Reject && comment is null)
        {
            return ChangeReplies.Say($"Say why you reject it: `change reject {id} <reason>`.");
        }

        ChangeUpdate update = await updater.UpdateAsync(
            id.Value, change => change.Vote(context.Person, choice, comment, context.Action), context.Now, cancellationToken);
        string verb = choice == VoteChoice.Abstain ? "abstention" : $"vote to {ChangeText.Lower(choice)}";
        return update.Status switch
        {
            ChangeUpdateStatus.Saved => EngineResponse.Of(Reply.Show(
                cards.Render(update.Change!, context.Person, context.Now), Recorded(update.Change!, verb))),
            ChangeUpdateStatus.Unchanged => ChangeReplies.Say($"Your {verb} on **{id}** is already recorded; nothing changed."),
            _ => ChangeReplies.Failure(update, id.Value),
        };
    }

    private static string Recorded(Change change, string verb)
    {
        ChangeVoting voting = change.Voting!;
        string text = $"Your {verb} on **{change.Id}** is recorded: {ChangeText.Tally(voting.Tally)}.";
        return voting.Decision switch
        {
            ChangeDecision.Approved => text + $" **{change.Id}** is approved and Scheduled for {change.PlannedWindow}.",
            ChangeDecision.Rejected => text + $" **{change.Id}** is rejected.",
            _ => text,
        };
    }
}
