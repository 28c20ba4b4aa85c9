using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// <c>major role &lt;id&gt; commander|comms|scribe &lt;@user|me&gt;</c>: only agents, on-call engineers and admins give roles
/// (<see cref="MajorOperation.AssignRole"/>); anyone may hold one, a communications lead from outside IT included.
/// </summary>
public sealed class MajorRoleHandler(MajorUpdater updater, MajorPeople people)
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

        if (!MajorRoles.TryParse(arguments.Text("role"), out MajorRole role))
        {
            return MajorReplies.Say($"Which role: {string.Join(", ", MajorRoles.Keywords)}? Usage: `{arguments.Command.Usage}`");
        }

        (RoleHolder? holder, string? unknown) = await people.FindAsync(arguments, "person", context, cancellationToken);
        if (holder is null)
        {
            return MajorReplies.Say(unknown ?? $"Who gets the role: me or @name? Usage: `{arguments.Command.Usage}`");
        }

        IncidentUpdate update = await updater.UpdateAsync(
            id.Value, MajorOperation.AssignRole, i => i.AssignMajorRole(role, holder, context.Action), context, cancellationToken);
        if (update.Status != IncidentUpdateStatus.Saved)
        {
            return MajorReplies.Failure(update, id.Value);
        }

        string name = update.Incident!.Major!.Holder(role)!.Name;
        return MajorReplies.Say($"{name} is now {MajorRoles.DisplayName(role).ToLowerInvariant()} of **{id}**.");
    }
}
