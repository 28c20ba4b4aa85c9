using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Replies;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// <c>major declare &lt;INC id or title&gt; [service:] [commander:@user] [link:INC-1,INC-2]</c>, typed or clicked on a
/// burst offer: declares the incident (or opens a new P1 and declares it in one write), then links the others, each
/// failure reported with its reason. Answers with the status board and where the war room opens, who commands and when
/// the first update is due; the announcement, the board in the war room and the timers are the outbound work of the write.
/// </summary>
public sealed class DeclareMajorHandler(MajorDeclarer declarer, MajorLinker linker, MajorPeople people, MajorCards cards)
{
    public async Task<EngineResponse> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.FirstProblem() is { } problem)
        {
            return MajorReplies.Say(problem);
        }

        if (arguments.Text("target") is not { } target)
        {
            return MajorReplies.Say($"Which incident, or what is down? Usage: `{arguments.Command.Usage}`");
        }

        (List<TicketId>? others, string? unreadable) = NewProblemHandler.ParseIncidents(arguments.Text("link"));
        if (others is null)
        {
            return MajorReplies.Say(unreadable!);
        }

        if (others.Count > MajorLimits.MaxLinkedIncidents)
        {
            return MajorReplies.Say($"A major incident links at most {MajorLimits.MaxLinkedIncidents} incidents.");
        }

        (RoleHolder? named, string? unknown) = await people.FindAsync(arguments, "commander", context, cancellationToken);
        if (unknown is not null)
        {
            return MajorReplies.Say(unknown);
        }

        RoleHolder commander = named ?? MajorPeople.Holder(context.Person);
        (Incident? major, string? opened, EngineResponse? refusal) = await DeclareAsync(target, arguments, commander, context, cancellationToken);
        if (major is null)
        {
            return refusal!;
        }

        string links = "";
        if (others.Count > 0)
        {
            MajorLinkOutcome outcome = await linker.LinkAsync(major.Id, others, context, cancellationToken);
            major = outcome.Major ?? major;
            links = "\n\n" + outcome.Describe(major.Id);
        }

        string text = $"{opened} {WarRoom(major.Major!, context)} {Command(major.Major!, context.Now)}{links}";
        return EngineResponse.Of(Reply.Show(cards.Board(major, context.Now), text));
    }

    private async Task<(Incident? Major, string? Opened, EngineResponse? Refusal)> DeclareAsync(
        string target, CommandArguments arguments, RoleHolder commander, CommandContext context, CancellationToken cancellationToken)
    {
        if (!TicketId.TryParse(target, out TicketId id))
        {
            (Incident? created, string? problem) = await declarer.OpenAsync(target, arguments.Text("service"), commander, context, cancellationToken);
            return created is null
                ? (null, null, MajorReplies.Say(problem!))
                : (created, $"Opened **{created.Id}** ({created.Priority}, {created.Service}) as a major incident.", null);
        }

        if (id.Type != TicketType.Incident)
        {
            return (null, null, MajorReplies.Say($"{id} is not an incident: give an incident id such as INC-1001, or a title to open a new one."));
        }

        IncidentUpdate update = await declarer.DeclareAsync(id, commander, context, cancellationToken);
        return update.Status == IncidentUpdateStatus.Saved
            ? (update.Incident, $"**{id}** ({update.Incident!.Priority}, {update.Incident.Title}) is now a major incident.", null)
            : (null, null, MajorReplies.Failure(update, id));
    }

    /// <summary>Where the war room opens, or why none can.</summary>
    private static string WarRoom(MajorIncident major, CommandContext context) => major.WarRoomParent switch
    {
        null => "No war room can open: this is a direct chat and no on-call route is configured, so updates go to the stakeholder routes.",
        { } parent when parent == context.Event.Conversation.ToString() => "Its war room is opening as a thread here.",
        { } parent => $"Its war room is opening as a thread under the on-call route `{parent}`, since no thread can open in this chat.",
    };

    private static string Command(MajorIncident major, DateTimeOffset now)
    {
        DateTimeOffset due = major.NextUpdateDueAt ?? now;
        return $"{major.Commander.Name} is in command; the first status update is due in {SlaText.Span(due - now)} ({SlaText.Stamp(due)}).";
    }
}
