using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>
/// <c>problem link|unlink &lt;id&gt; &lt;incident&gt;</c> and <c>problem rootcause|workaround|resolve &lt;id&gt; &lt;text&gt;</c>,
/// <c>problem close &lt;id&gt;</c>: checks who may (<see cref="ProblemPermissions"/>), applies the domain step through
/// <see cref="ProblemUpdater"/>. Linking reads the incident first: only an incident that exists is linked.
/// </summary>
public sealed class ProblemLifecycleHandler(ProblemUpdater updater, IIncidentStore incidents, ProblemCards cards)
{
    private delegate DomainResult Apply(Problem problem);

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? problem) = ProblemReplies.IdOf(arguments, "id", TicketType.Problem);
        if (id is null)
        {
            return problem!;
        }

        TicketId incident = default;
        if (arguments.Command.Name is "link" or "unlink")
        {
            (TicketId? given, EngineResponse? wrong) = ProblemReplies.IdOf(arguments, "incident", TicketType.Incident);
            if (given is null)
            {
                return wrong!;
            }

            incident = given.Value;
            if (arguments.Command.Name == "link" && await incidents.GetAsync(incident, cancellationToken) is null)
            {
                return ProblemReplies.Say($"I can't find {incident}.");
            }
        }

        string text = arguments.Text("text") ?? "";
        (ProblemOperation operation, Apply apply, string done) = arguments.Command.Name switch
        {
            "link" => (ProblemOperation.Link, (Apply)(p => p.Link(incident, context.Action)), $"Linked {incident} to"),
            "unlink" => (ProblemOperation.Unlink, (Apply)(p => p.Unlink(incident, context.Action)), $"Unlinked {incident} from"),
            "rootcause" => (ProblemOperation.RootCause, (Apply)(p => p.RecordRootCause(text, context.Action)), "Recorded the root cause of"),
            "workaround" => (ProblemOperation.Workaround, (Apply)(p => p.RecordWorkaround(text, context.Action)), "Recorded the workaround of"),
            "resolve" => (ProblemOperation.Resolve, (Apply)(p => p.Resolve(text, context.Action)), "Resolved"),
            "close" => (ProblemOperation.Close, (Apply)(p => p.Close(context.Action)), "Closed"),
            _ => throw new InvalidOperationException($"'{arguments.Command.Path}' is not a problem step."),
        };
        ProblemUpdate update = await updater.UpdateAsync(
            id.Value,
            p => ProblemPermissions.MayAct(context.Person, operation)
                ? apply(p)
                : DomainResult.Refused(DomainErrorCodes.NotPermitted, ProblemPermissions.Explain(operation)),
            context.Now,
            cancellationToken);
        if (update.Status != ProblemUpdateStatus.Saved)
        {
            return ProblemReplies.Failure(update, id.Value);
        }

        Problem changed = update.Problem!;
        return EngineResponse.Of(Reply.Show(
            cards.Render(changed, context.Person), $"{done} **{changed.Id}**; it is {ProblemStates.Phrase(changed.State)}."));
    }
}
