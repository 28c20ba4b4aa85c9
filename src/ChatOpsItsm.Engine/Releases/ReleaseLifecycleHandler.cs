using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>
/// <c>release build|close|cancel &lt;id&gt; [text]</c> through <see cref="ReleaseUpdater"/>. Closing first reads the state
/// of each of its changes, so the release can say which are not yet in Review or Closed.
/// </summary>
public sealed class ReleaseLifecycleHandler(IReleaseStore store, ReleaseChangeStates changeStates, ReleaseUpdater updater, ReleaseCards cards)
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

        ReleaseOperation operation = arguments.Command.Name switch
        {
            "build" => ReleaseOperation.Build,
            "close" => ReleaseOperation.Close,
            "cancel" => ReleaseOperation.Cancel,
            _ => throw new InvalidOperationException($"'{arguments.Command.Path}' is not a release step."),
        };
        if (!ReleasePermissions.MayAct(context.Person, operation))
        {
            return ReleaseReplies.Say(ReleasePermissions.Explain(operation));
        }

        IReadOnlyList<ReleaseChangeStatus>? statuses = null;
        if (operation == ReleaseOperation.Close)
        {
            StoredRelease? stored = await store.GetAsync(id.Value, cancellationToken);
            if (stored is null)
            {
                return ReleaseReplies.Say($"I can't find {id}.");
            }

            statuses = await changeStates.ReadAsync(stored.Release, cancellationToken);
        }

        Func<Release, DomainResult> step = operation switch
        {
            ReleaseOperation.Build => release => release.Build(context.Action),
            ReleaseOperation.Close => release => release.Close(ReleaseChangeStates.ByChange(statuses!), arguments.Text("notes"), context.Action),
            _ => release => release.Cancel(arguments.Text("reason"), context.Action),
        };
        ReleaseUpdate update = await updater.UpdateAsync(id.Value, step, context.Now, cancellationToken);
        if (update.Status != ReleaseUpdateStatus.Saved)
        {
            return ReleaseReplies.Failure(update, id.Value);
        }

        Release changed = update.Release!;
        return EngineResponse.Of(Reply.Show(
            cards.Render(changed, context.Person, statuses), $"**{changed.Id}** is now {ReleaseStates.DisplayName(changed.State)}."));
    }
}
