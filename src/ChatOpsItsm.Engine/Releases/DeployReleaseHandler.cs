using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>
/// <c>release deploy &lt;id&gt;</c>: Building → Deploying, then every change in it moves to Implementing, each through
/// <see cref="ChangeUpdater"/> (so each is checked, recorded and its requester told by the change's own outbound). The
/// release's conditional save comes first, so two deploys cannot both start the changes. A change that cannot start
/// (before its planned start, say) is named with the reason; the others still start.
/// </summary>
public sealed class DeployReleaseHandler(ReleaseUpdater updater, ChangeUpdater changes, ReleaseChangeStates changeStates, ReleaseCards cards)
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

        if (!ReleasePermissions.MayAct(context.Person, ReleaseOperation.Deploy))
        {
            return ReleaseReplies.Say(ReleasePermissions.Explain(ReleaseOperation.Deploy));
        }

        ReleaseUpdate update = await updater.UpdateAsync(id.Value, release => release.Deploy(context.Action), context.Now, cancellationToken);
        if (update.Status != ReleaseUpdateStatus.Saved)
        {
            return ReleaseReplies.Failure(update, id.Value);
        }

        Release release = update.Release!;
        List<TicketId> started = [];
        List<string> notStarted = [];
        foreach (ReleaseChange member in release.Changes)
        {
            ChangeUpdate result = await changes.UpdateAsync(
                member.Id,
                change => ChangePermissions.MayAct(context.Person, ChangeOperation.Start, change)
                    ? change.Start(context.Action)
                    : DomainResult.Refused(ChangeReplies.NotAllowed, ChangePermissions.Explain(ChangeOperation.Start)),
                context.Now,
                cancellationToken);
            if (result.Status == ChangeUpdateStatus.Saved)
            {
                started.Add(member.Id);
            }
            else
            {
                notStarted.Add($"- **{member.Id}**: {Why(result, member.Id)}");
            }
        }

        IReadOnlyList<ReleaseChangeStatus> statuses = await changeStates.ReadAsync(release, cancellationToken);
        return EngineResponse.Of(Reply.Show(cards.Render(release, context.Person, statuses), Summary(release, started, notStarted)));
    }

    private static string Summary(Release release, List<TicketId> started, List<string> notStarted)
    {
        string text = $"**{release.Id}** is now Deploying. "
            + (started.Count == 0 ? "No change started." : $"Implementing now: {string.Join(", ", started)}.");
        return notStarted.Count == 0
            ? text
            : text + "\n\nNot started (start each with `change start <id>` when it can):\n" + string.Join('\n', notStarted);
    }

    private static string Why(ChangeUpdate result, TicketId id) => result.Status switch
    {
        ChangeUpdateStatus.NotFound => $"I can't find {id}.",
        ChangeUpdateStatus.Refused => result.Refusal!.Message,
        _ => "others kept changing it; try again in a moment.",
    };
}
