using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Results;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Identity;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>
/// Every command that changes an incident (assign, note, hold, resume, resolve, close, reopen, cancel): check who
/// may, apply the domain rule and write it through <see cref="IncidentUpdater"/>, which re-reads and re-applies when
/// another instance wrote in between, so no update is lost.
/// </summary>
public sealed class ChangeIncidentHandler(IncidentUpdater updater, IPersonDirectory people, IncidentCards cards)
{
    private const string NotAllowed = "not_allowed";

    private delegate DomainResult Apply(Incident incident);

    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        (TicketId? id, string? problem) = arguments.TicketId();
        problem ??= arguments.FirstProblem();
        if (id is null || problem is not null)
        {
            return Say(problem!);
        }

        if (id.Value.Type != TicketType.Incident)
        {
            return Say($"{id} is not an incident.");
        }

        (IncidentOperation operation, Apply? apply, string? refusal) = await PlanAsync(arguments, context, cancellationToken);
        if (apply is null)
        {
            return Say(refusal!);
        }

        IncidentUpdate update = await updater.UpdateAsync(
            id.Value,
            incident => IncidentPermissions.MayAct(context.Person, operation, incident)
                ? apply(incident)
                : DomainResult.Refused(NotAllowed, IncidentPermissions.Explain(operation)),
            context.Now,
            cancellationToken);
        return update.Status switch
        {
            IncidentUpdateStatus.Saved => EngineResponse.Of(Reply.Show(
                cards.Render(update.Incident!, context.Person, context.Now), Confirmation(operation, update.Incident!))),
            IncidentUpdateStatus.NotFound => Say($"I can't find {id}."),
            IncidentUpdateStatus.Refused => Say(update.Refusal!.Message),
            _ => Say($"{id} is being changed by others right now; nothing was changed. Try again in a moment."),
        };
    }

    private static EngineResponse Say(string text) => EngineResponse.Of(Reply.Say(text));

    private static string Confirmation(IncidentOperation operation, Incident incident) => operation switch
    {
        IncidentOperation.Assign => $"**{incident.Id}** is assigned to {incident.AssigneeName} and {IncidentStates.DisplayName(incident.State)}.",
        IncidentOperation.Note => $"Note added to **{incident.Id}**.",
        _ => $"**{incident.Id}** is now {IncidentStates.DisplayName(incident.State)}.",
    };

    private async Task<(IncidentOperation Operation, Apply? Apply, string? Refusal)> PlanAsync(
        CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        string text = arguments.Text(TextParameter(arguments.Command.Name)) ?? "";
        switch (arguments.Command.Name)
        {
            case "assign":
                return await PlanAssignAsync(arguments, context, cancellationToken);
            case "note":
                return (IncidentOperation.Note, i => i.AddNote(text, context.Action), null);
            case "hold":
                HoldReason reason = (arguments.Text("for") ?? "requester").ToLowerInvariant() switch
                {
                    "vendor" => HoldReason.AwaitingVendor,
                    "change" => HoldReason.AwaitingChange,
                    _ => HoldReason.AwaitingRequester,
                };
                return (IncidentOperation.Hold, i => i.PutOnHold(reason, text, context.Action), null);
            case "resume":
                return (IncidentOperation.Resume, i => i.Resume(context.Action), null);
            case "resolve":
                return (IncidentOperation.Resolve, i => i.Resolve(text, context.Action), null);
            case "close":
                return (IncidentOperation.Close, i => i.Close(context.Action), null);
            case "reopen":
                return (IncidentOperation.Reopen, i => i.Reopen(text, context.Action), null);
            case "cancel":
                return (IncidentOperation.Cancel, i => i.Cancel(text, context.Action), null);
            default:
                throw new InvalidOperationException($"'{arguments.Command.Path}' is not an incident change.");
        }
    }

    private async Task<(IncidentOperation, Apply?, string?)> PlanAssignAsync(
        CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        (UserIdentity? identity, string? problem) = arguments.User("user", context.Event.User.Identity);
        if (identity is null)
        {
            return (IncidentOperation.Assign, null, problem);
        }

        Person assignee = context.Person.Is(identity.Value)
            ? context.Person
            : await people.FindAsync(identity.Value, cancellationToken);
        if (!assignee.WorksIncidents)
        {
            return (IncidentOperation.Assign, null,
                $"{assignee.DisplayName} is not an agent or on-call engineer, so they can't be assigned incidents.");
        }

        return (IncidentOperation.Assign, i => i.Assign(assignee.PrimaryIdentity, assignee.DisplayName, context.Action), null);
    }

    private static string TextParameter(string? command) => command switch
    {
        "note" => "text",
        "resolve" => "resolution",
        _ => "reason",
    };
}
