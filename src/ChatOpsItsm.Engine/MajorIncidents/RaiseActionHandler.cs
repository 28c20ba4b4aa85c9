using System.Globalization;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// <c>major raise &lt;id&gt; &lt;number&gt; problem|change</c>: every check happens before the ticket is made (the incident,
/// who may, the action's number and whether it was raised already), then the problem or change is created and the
/// incident records what the action became. The two are separate records, so when that last write fails the ticket
/// still exists: the reply names it rather than suggesting a retry that would raise a second one.
/// </summary>
public sealed class RaiseActionHandler(IIncidentStore incidents, MajorUpdater updater, FollowUpTickets tickets)
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

        if (!int.TryParse(arguments.Text("number"), NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1)
        {
            return MajorReplies.Say($"Which action? Give its number, as `major show {id}` lists them. Usage: `{arguments.Command.Usage}`");
        }

        bool asProblem = string.Equals(arguments.Text("as"), "problem", StringComparison.OrdinalIgnoreCase);
        if (!asProblem && !string.Equals(arguments.Text("as"), "change", StringComparison.OrdinalIgnoreCase))
        {
            return MajorReplies.Say($"Raise it as a problem or a change? Usage: `{arguments.Command.Usage}`");
        }

        StoredIncident? stored = await incidents.GetAsync(id.Value, cancellationToken);
        if (stored is null)
        {
            return MajorReplies.Say($"I can't find {id}.");
        }

        if (Check(stored.Incident, number, asProblem, context) is { } refusal)
        {
            return MajorReplies.Say(refusal);
        }

        FollowUpAction action = stored.Incident.Major!.Actions[number - 1];
        (TicketId? raised, string? problem) = asProblem
            ? await tickets.RaiseProblemAsync(stored.Incident, action, context, cancellationToken)
            : await tickets.DraftChangeAsync(stored.Incident, action, context, cancellationToken);
        if (raised is not { } ticket)
        {
            return MajorReplies.Say(problem!);
        }

        IncidentUpdate recorded = await updater.UpdateAsync(
            id.Value, MajorOperation.Record, i => i.RecordActionRaised(number, ticket, context.Action), context, cancellationToken);
        string kind = asProblem ? "problem" : "draft change";
        if (recorded.Status != IncidentUpdateStatus.Saved)
        {
            string why = recorded.Status == IncidentUpdateStatus.Busy ? "others kept changing it." : MajorReplies.FailureText(recorded, id.Value);
            return MajorReplies.Say(
                $"Raised the {kind} **{ticket}** from action {number.ToString(CultureInfo.InvariantCulture)} of {id}, but I couldn't record that on {id}: "
                + $"{why} Nothing is lost: {ticket} exists, so don't raise the action again.");
        }

        string next = asProblem
            ? $"Next: `problem rootcause {ticket} <text>`."
            : $"Its planned window and rollback plan are placeholders: correct them with `change edit {ticket} start:… end:… rollback:…`, "
                + $"then `change submit {ticket}`.";
        return MajorReplies.Say($"Raised the {kind} **{ticket}** from action {number.ToString(CultureInfo.InvariantCulture)} of **{id}**: {action.Text}\n{next}");
    }

    /// <summary>
    /// Why the action cannot be raised, or null: checked on the copy just read so that no ticket is made for nothing. The
    /// incident checks again when it records the ticket, on a fresh copy.
    /// </summary>
    private static string? Check(Incident incident, int number, bool asProblem, CommandContext context)
    {
        if (incident.Major is not { } major)
        {
            return $"{incident.Id} is not a major incident, so it has no follow-up actions.";
        }

        if (!MajorPermissions.MayAct(context.Person, MajorOperation.Record, incident))
        {
            return MajorPermissions.Explain(MajorOperation.Record);
        }

        if (asProblem && !context.Person.WorksIncidents)
        {
            return "Only agents and on-call engineers can raise problems; raise it as a change, or ask one of them.";
        }

        if (number > major.Actions.Count)
        {
            return major.Actions.Count == 0
                ? $"{incident.Id} has no follow-up actions yet: add one with `major action {incident.Id} <text>`."
                : $"{incident.Id}'s follow-up actions are numbered 1 to {major.Actions.Count.ToString(CultureInfo.InvariantCulture)}.";
        }

        return major.Actions[number - 1].BecameTicket is { } already
            ? $"Action {number.ToString(CultureInfo.InvariantCulture)} of {incident.Id} already became {already}."
            : null;
    }
}
