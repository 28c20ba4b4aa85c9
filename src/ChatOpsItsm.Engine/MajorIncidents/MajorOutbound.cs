using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// The outbound work a major incident's change promises (issue 7), next to what <see cref="IncidentOutbound"/> promises
/// for any incident: the war room opened under its parent, the announcement to every on-call and stakeholder route, a
/// status-update timer whenever the next update's due time moves, a direct message to whoever is given a role or
/// reminded, status updates and the end to the war room and the stakeholders, and one refresh of the war room's board
/// per write. Work ids are <c>INC-1001:&lt;event&gt;:&lt;purpose&gt;[:&lt;target&gt;]</c>, so the same promise made twice is
/// delivered once.
/// </summary>
public sealed class MajorOutbound(IOptions<ItsmOptions> options, MajorCards cards)
{
    /// <summary>A Discord thread name holds 100 characters; the other platforms take at least as many.</summary>
    public const int WarRoomTitleMaxLength = 100;

    private const int QuotedMaxLength = 1_000;

    /// <summary>Whether this write reports the incident and declares it major together (<c>major declare &lt;title&gt;</c>).</summary>
    public static bool DeclaredAtReport(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.PendingEvents.Any(e => e.Action == AuditActions.Reported)
            && incident.PendingEvents.Any(e => e.Action == AuditActions.Declared);
    }

    /// <summary>The war room's name: "INC-1001 · Email down", cut to what every platform takes.</summary>
    public static string WarRoomTitle(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return MajorText.Line($"{incident.Id} · {incident.Title}", WarRoomTitleMaxLength);
    }

    /// <summary>
    /// Who the <paramref name="reminder"/>-th reminder since the last update goes to: the commander, and from the second
    /// one on also the communications lead.
    /// </summary>
    public static IReadOnlyList<RoleHolder> Reminded(MajorIncident major, int reminder)
    {
        ArgumentNullException.ThrowIfNull(major);
        return reminder >= 2 && major.Communications is { } comms && comms.Identity != major.Commander.Identity
            ? [major.Commander, comms]
            : [major.Commander];
    }

    /// <summary>The work the major incident's pending events promise; none for an incident that is not major.</summary>
    public IReadOnlyList<OutboundWork> For(Incident incident, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Major is not { } major || incident.PendingEvents.Count == 0)
        {
            return [];
        }

        List<OutboundWork> work = [];
        foreach (AuditEvent change in incident.PendingEvents)
        {
            string prefix = $"{incident.Id}:{change.Sequence.ToString(CultureInfo.InvariantCulture)}";
            Add(incident, major, change, prefix, now, work);
        }

        AddBoardRefresh(incident, major, now, work);
        return work;
    }

    private void Add(Incident incident, MajorIncident major, AuditEvent change, string prefix, DateTimeOffset now, List<OutboundWork> work)
    {
        switch (change.Action)
        {
            case AuditActions.Declared:
                Declared(incident, major, prefix, now, work);
                break;
            case AuditActions.RoleAssigned:
                RoleGiven(incident, change, prefix, now, work);
                break;
            case AuditActions.StatusUpdate:
                Tell(incident, [.. WarRoom(major), .. Stakeholders()], $"{prefix}:update", now, work,
                    $"📣 **{incident.Id}** status update ({incident.Priority}, {Title(incident)}) from {Who(change)}:\n\n{Quote(change.Text)}");
                AddTimer(incident, major, work);
                break;
            case AuditActions.CadenceReminder:
                Remind(incident, major, change, prefix, now, work);
                AddTimer(incident, major, work);
                break;
            case AuditActions.Snoozed:
                AddTimer(incident, major, work);
                break;
            case AuditActions.Mitigated:
                string how = change.Text is { Length: > 0 } text ? $": {Quote(text)}" : ".";
                Tell(incident, Stakeholders(), $"{prefix}:mitigated", now, work,
                    $"🩹 **{incident.Id}** ({Title(incident)}) is mitigated{how} It stays a major incident until it is resolved.");
                break;
            case AuditActions.Resolved:
                string summary = major.Summary is null ? "Resolution" : "Summary";
                TimeSpan lasted = change.At - major.DeclaredAt;
                Tell(incident, Everyone(major), $"{prefix}:resolved", now, work,
                    $"✅ Major incident **{incident.Id}** ({Title(incident)}) is resolved after {SlaText.Span(lasted)}.\n\n"
                    + $"**{summary}:** {Quote(change.Text)}\n\nThe review: `major review {incident.Id}`.");
                break;
            case AuditActions.Reopened:
                Tell(incident, Everyone(major), $"{prefix}:reopened", now, work,
                    $"⚠ Major incident **{incident.Id}** ({Title(incident)}) was reopened by {Who(change)}: {Quote(change.Text)}\n\n"
                    + $"Status updates are due every {ReviewMarkdown.Duration(major.Cadence)} again.");
                AddTimer(incident, major, work);
                break;
            case AuditActions.Canceled:
                string why = change.Text is { Length: > 0 } reason ? $": {Quote(reason)}" : ".";
                Tell(incident, Everyone(major), $"{prefix}:canceled", now, work,
                    $"Major incident **{incident.Id}** ({Title(incident)}) was canceled by {Who(change)}{why}");
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// The war room opens under its parent, whose thread starts with the announcement: that route is not told twice.
    /// Every other on-call and stakeholder route gets the announcement; the cadence timer is set.
    /// </summary>
    private void Declared(Incident incident, MajorIncident major, string prefix, DateTimeOffset now, List<OutboundWork> work)
    {
        ConversationAddress? parent = RouteAddress.TryParse(major.WarRoomParent, out ConversationAddress? address) ? address : null;
        if (parent is not null)
        {
            work.Add(new WarRoomWork($"{prefix}:war-room", now, incident.Id, parent, WarRoomTitle(incident)));
        }

        Reply announcement = cards.Announcement(incident, now);
        foreach (ConversationAddress route in OnCall().Concat(Stakeholders()).Distinct().Where(r => r != parent))
        {
            work.Add(new NotificationWork($"{prefix}:announce:{route}", now, DeliveryTarget.ToConversation(route), announcement, null, Essential: true));
        }

        AddTimer(incident, major, work);
    }

    private void RoleGiven(Incident incident, AuditEvent change, string prefix, DateTimeOffset now, List<OutboundWork> work)
    {
        FieldChange? given = change.Changes.FirstOrDefault(c => MajorRoles.TryParse(c.Field, out _));
        if (given is null || !MajorRoles.TryParse(given.Field, out MajorRole role)
            || !UserIdentity.TryParse(given.NewValue, out UserIdentity holder) || holder == change.Actor)
        {
            return;
        }

        string text = $"**{Who(change)}** made you {MajorRoles.DisplayName(role).ToLowerInvariant()} of major incident **{incident.Id}** "
            + $"({incident.Priority}, {Title(incident)}).";
        work.Add(new NotificationWork(
            $"{prefix}:role:{holder}", now, DeliveryTarget.ToPerson(holder), Reply.Show(cards.Board(incident, now), text), null, Essential: true));
    }

    private void Remind(Incident incident, MajorIncident major, AuditEvent change, string prefix, DateTimeOffset now, List<OutboundWork> work)
    {
        FieldChange? count = change.Changes.FirstOrDefault(c => c.Field == "reminders");
        int reminder = int.TryParse(count?.NewValue, NumberStyles.None, CultureInfo.InvariantCulture, out int sent) ? sent : major.RemindersSent;
        Reply message = cards.Reminder(incident, now);
        foreach (RoleHolder holder in Reminded(major, reminder))
        {
            work.Add(new NotificationWork(
                $"{prefix}:reminder:{holder.Identity}", now, DeliveryTarget.ToPerson(holder.Identity), message, null, Essential: true));
        }
    }

    /// <summary>One refresh per write, versioned by its last event, so each write's refresh is delivered and lands in place.</summary>
    /// <remarks>
    /// Not for the write that records the war room: <see cref="WarRoomOpener"/> posts the first board itself (again on a
    /// retry), and a refresh queued beside it could reach another instance while that post is in flight and, finding no
    /// copy yet, post a second board.
    /// </remarks>
    private void AddBoardRefresh(Incident incident, MajorIncident major, DateTimeOffset now, List<OutboundWork> work)
    {
        if (WarRoom(major) is not [ConversationAddress room]
            || !incident.PendingEvents.Any(e => e.Action is not (AuditActions.NoteAdded or AuditActions.Declared or AuditActions.WarRoomOpened)))
        {
            return;
        }

        string version = incident.PendingEvents[^1].Sequence.ToString(CultureInfo.InvariantCulture);
        work.Add(new NotificationWork(
            $"{incident.Id}:{version}:board", now, DeliveryTarget.ToConversation(room), Reply.Show(cards.Board(incident, now)),
            MajorCards.BoardKey(incident.Id), Essential: true));
    }

    private static void AddTimer(Incident incident, MajorIncident major, List<OutboundWork> work)
    {
        if (major.NextUpdateDueAt is { } due)
        {
            work.Add(IncidentOutbound.Timer(incident, TimerKind.MajorCadence, due));
        }
    }

    private void Tell(Incident incident, IEnumerable<ConversationAddress> routes, string purpose, DateTimeOffset now, List<OutboundWork> work, string text)
    {
        Reply message = Reply.Show(cards.Summary(incident, now), MajorText.Shorten(text, MajorCards.TextMaxLength));
        foreach (ConversationAddress route in routes.Distinct())
        {
            work.Add(new NotificationWork($"{purpose}:{route}", now, DeliveryTarget.ToConversation(route), message, null, Essential: true));
        }
    }

    private static List<ConversationAddress> WarRoom(MajorIncident major) =>
        RouteAddress.TryParse(major.WarRoom, out ConversationAddress? room) ? [room] : [];

    private List<ConversationAddress> Everyone(MajorIncident major) => [.. WarRoom(major), .. OnCall(), .. Stakeholders()];

    private List<ConversationAddress> OnCall() => Parse(options.Value.Routes.OnCall);

    private List<ConversationAddress> Stakeholders() => Parse(options.Value.Routes.Stakeholders);

    private static List<ConversationAddress> Parse(IEnumerable<string> routes)
    {
        List<ConversationAddress> parsed = [];
        foreach (string route in routes)
        {
            if (RouteAddress.TryParse(route, out ConversationAddress? address))
            {
                parsed.Add(address);
            }
        }

        return parsed;
    }

    private static string Title(Incident incident) => MajorText.Line(incident.Title, MajorCards.TitleMaxLength);

    private static string Who(AuditEvent change) => MajorText.Line(change.ActorName, MajorCards.NameMaxLength);

    private static string Quote(string? text) => MajorText.Shorten(text ?? "", QuotedMaxLength);
}
