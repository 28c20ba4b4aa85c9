using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Problems;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// <c>major link &lt;id&gt; &lt;INC-1002,INC-1003&gt;</c>: the major incident is read first, so someone who may not record on
/// it changes none of the others; then <see cref="MajorLinker"/> links each, reporting every failure with its reason.
/// </summary>
public sealed class MajorLinkHandler(IIncidentStore incidents, MajorLinker linker)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, EngineResponse? wrong) = MajorReplies.IncidentId(arguments);
        if (id is null)
        {
            return wrong!;
        }

        (List<TicketId>? others, string? unreadable) = NewProblemHandler.ParseIncidents(arguments.Text("incidents"));
        if (others is null)
        {
            return MajorReplies.Say(unreadable!);
        }

        if (others.Count == 0)
        {
            return MajorReplies.Say($"Which incidents? Usage: `{arguments.Command.Usage}`");
        }

        if (others.Count > MajorLimits.MaxLinkedIncidents)
        {
            return MajorReplies.Say($"A major incident links at most {MajorLimits.MaxLinkedIncidents} incidents.");
        }

        StoredIncident? stored = await incidents.GetAsync(id.Value, cancellationToken);
        if (stored is null)
        {
            return MajorReplies.Say($"I can't find {id}.");
        }

        if (stored.Incident.Major is null)
        {
            return MajorReplies.Say($"{id} is not a major incident: declare it first with `major declare {id}`.");
        }

        if (!MajorPermissions.MayAct(context.Person, MajorOperation.Record, stored.Incident))
        {
            return MajorReplies.Say(MajorPermissions.Explain(MajorOperation.Record));
        }

        MajorLinkOutcome outcome = await linker.LinkAsync(id.Value, others, context, cancellationToken);
        return MajorReplies.Say(outcome.Describe(id.Value));
    }
}
