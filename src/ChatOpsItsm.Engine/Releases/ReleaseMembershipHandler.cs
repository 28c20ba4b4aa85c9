using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>
/// <c>release add|remove &lt;release&gt; &lt;change&gt;</c>. Adding reads the change (it must be Scheduled) and the open
/// release already holding it, if any, then lets the release decide.
/// </summary>
public sealed class ReleaseMembershipHandler(IReleaseStore releases, IChangeStore changes, ReleaseUpdater updater, ReleaseCards cards)
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

        (TicketId? changeId, EngineResponse? changeProblem) = ReleaseReplies.ChangeId(arguments);
        if (changeId is null)
        {
            return changeProblem!;
        }

        bool adding = arguments.Command.Name == "add";
        ReleaseOperation operation = adding ? ReleaseOperation.AddChange : ReleaseOperation.RemoveChange;
        if (!ReleasePermissions.MayAct(context.Person, operation))
        {
            return ReleaseReplies.Say(ReleasePermissions.Explain(operation));
        }

        Func<Release, DomainResult> step;
        if (adding)
        {
            StoredChange? change = await changes.GetAsync(changeId.Value, cancellationToken);
            if (change is null)
            {
                return ReleaseReplies.Say($"I can't find {changeId}.");
            }

            TicketId? holder = await HolderAsync(changeId.Value, id.Value, cancellationToken);
            step = release => release.AddChange(change.Change, holder, context.Action);
        }
        else
        {
            step = release => release.RemoveChange(changeId.Value, context.Action);
        }

        ReleaseUpdate update = await updater.UpdateAsync(id.Value, step, context.Now, cancellationToken);
        if (update.Status != ReleaseUpdateStatus.Saved)
        {
            return ReleaseReplies.Failure(update, id.Value);
        }

        string text = adding ? $"Added **{changeId}** to **{id}**." : $"Removed **{changeId}** from **{id}**.";
        return EngineResponse.Of(Reply.Show(cards.Render(update.Release!, context.Person), text));
    }

    /// <summary>The open release other than <paramref name="release"/> that already holds the change, from one index read.</summary>
    private async Task<TicketId?> HolderAsync(TicketId change, TicketId release, CancellationToken cancellationToken)
    {
        ReleasePage page = await releases.ListAsync(new ReleaseQuery(ReleaseListKind.HoldingChange, 2) { Change = change }, cancellationToken);
        return page.Items.Select(s => (TicketId?)s.Id).FirstOrDefault(other => other != release);
    }
}
