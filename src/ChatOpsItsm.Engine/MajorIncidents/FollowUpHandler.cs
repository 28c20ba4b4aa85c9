using System.Globalization;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// <c>major action &lt;id&gt; &lt;text&gt; [owner:@user]</c>: adds a numbered follow-up action. A trailing <c>@name</c> or
/// <c>me</c> in the text names the owner too, as people write it in a review ("add a disk alert @olga"); an
/// <c>owner:</c> option wins and leaves the text as typed.
/// </summary>
public sealed class FollowUpHandler(MajorUpdater updater, MajorPeople people)
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

        if (arguments.Text("text") is not { } typed)
        {
            return MajorReplies.Say($"What must be done? Usage: `{arguments.Command.Usage}`");
        }

        (string text, RoleHolder? owner, string? unknown) = await OwnerAsync(arguments, typed, context, cancellationToken);
        if (unknown is not null)
        {
            return MajorReplies.Say(unknown);
        }

        IncidentUpdate update = await updater.UpdateAsync(
            id.Value, MajorOperation.Record, i => i.AddFollowUpAction(text, owner, context.Action), context, cancellationToken);
        if (update.Status != IncidentUpdateStatus.Saved)
        {
            return MajorReplies.Failure(update, id.Value);
        }

        FollowUpAction added = update.Incident!.Major!.Actions[^1];
        string number = added.Number.ToString(CultureInfo.InvariantCulture);
        string owned = added.OwnerName is { } name ? $", owned by {name}" : "";
        return MajorReplies.Say(
            $"Action {number} on **{id}**{owned}: {added.Text}\nRaise it with `major raise {id} {number} problem` or `major raise {id} {number} change`.");
    }

    /// <summary>The action's text and owner: the <c>owner:</c> option, else a trailing <c>@name</c> or <c>me</c> taken off the text.</summary>
    private async Task<(string Text, RoleHolder? Owner, string? Problem)> OwnerAsync(
        CommandArguments arguments, string typed, CommandContext context, CancellationToken cancellationToken)
    {
        if (arguments.Text("owner") is not null)
        {
            (RoleHolder? named, string? problem) = await people.FindAsync(arguments, "owner", context, cancellationToken);
            return (typed, named, problem);
        }

        int space = typed.LastIndexOfAny([' ', '\t', '\n']);
        string last = space < 0 ? "" : typed[(space + 1)..];
        bool namesOwner = last.Equals("me", StringComparison.OrdinalIgnoreCase) || (last.Length > 1 && last[0] == '@');
        if (!namesOwner)
        {
            return (typed, null, null);
        }

        (RoleHolder? owner, string? unknown) = await people.FindAsync(arguments.Command, "owner", last, context, cancellationToken);
        return (typed[..space].TrimEnd(), owner, unknown);
    }
}
