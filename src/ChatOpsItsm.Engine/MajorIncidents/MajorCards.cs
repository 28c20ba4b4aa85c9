using System.Globalization;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// The cards of a major incident: the war room's status board (kept current in place under
/// <see cref="BoardKey"/>), the announcement stakeholders and on-call routes get with a way to join, the overdue-update
/// reminder with its snooze buttons, and the offer to declare one for a burst of incidents on a service.
/// Every card stays inside what the adapters render whole (a Discord embed: title 256, field value 1 024, 6 000 in all,
/// custom ids of 100; a Teams fact value of 500): what people typed is cut here, not dropped there.
/// </summary>
public sealed class MajorCards(IncidentCards cards, IOptions<ItsmOptions> options)
{
    /// <summary>Longest card title.</summary>
    public const int TitleMaxLength = 200;

    /// <summary>Longest fact value: under Teams' 500 even after the adapters' escaping.</summary>
    public const int FactMaxLength = 300;

    /// <summary>Longest person name on a card or in a message.</summary>
    public const int NameMaxLength = 80;

    /// <summary>Longest message text: under Discord's 2 000 characters of content.</summary>
    public const int TextMaxLength = 1_500;

    /// <summary>
    /// Room for the data of the burst offer's Declare button written <c>link=…;target=INC-1001</c>: its Discord custom id
    /// (<c>v1:major.declare:</c> and the data) must stay within 100 characters.
    /// </summary>
    public const int DeclareDataMaxLength = 80;

    /// <summary>The message key of an incident's status board: <c>major-board:INC-1001</c>.</summary>
    public static string BoardKey(TicketId incident) => $"major-board:{incident}";

    /// <summary>
    /// The status board: title, service, priority, state, commander and the other roles, elapsed time since the
    /// declaration, the last update and when the next is due; Join and Post-update buttons while it runs.
    /// </summary>
    public Card Board(Incident incident, DateTimeOffset now)
    {
        MajorIncident major = MajorOf(incident);
        List<CardButton> buttons = [];
        if (IsRunning(incident, major))
        {
            Dictionary<string, string> data = new() { ["id"] = incident.Id.ToString() };
            buttons.Add(new CardButton("Join", "major.join", data, ButtonStyle.Primary));
            buttons.Add(new CardButton("Post update", "form.major.update", data));
        }

        return new Card(Title(incident), Facts(incident, major, now), null, buttons, []) { Link = cards.LinkTo(incident) };
    }

    /// <summary>What stakeholder and on-call routes read when it is declared: the board's facts and a Join button.</summary>
    public Reply Announcement(Incident incident, DateTimeOffset now)
    {
        MajorIncident major = MajorOf(incident);
        string text = MajorText.Shorten(
            $"🚨 **{Name(major.DeclaredBy)}** declared **{incident.Id}** a major incident ({incident.Priority}, {MajorText.Line(incident.Service, NameMaxLength)}): "
            + $"{MajorText.Line(incident.Title, TitleMaxLength)}. Incident commander: **{Name(major.Commander)}**. "
            + $"Status updates every {ReviewMarkdown.Duration(major.Cadence)}.",
            TextMaxLength);
        Card board = Board(incident, now);
        return Reply.Show(board with { Buttons = [.. board.Buttons.Where(b => b.ActionId == "major.join")] }, text);
    }

    /// <summary>The small card under a status update, a mitigation or the end: where it stands, and Join while it runs.</summary>
    public Card Summary(Incident incident, DateTimeOffset now)
    {
        MajorIncident major = MajorOf(incident);
        List<CardFact> facts =
        [
            new("Priority", incident.Priority.ToString()),
            new("State", IncidentStates.DisplayName(incident.State)),
            new("Commander", Name(major.Commander)),
            new("Next update", NextUpdate(major, now)),
        ];
        List<CardButton> buttons = IsRunning(incident, major)
            ? [new CardButton("Join", "major.join", new Dictionary<string, string> { ["id"] = incident.Id.ToString() }, ButtonStyle.Primary)]
            : [];
        return new Card(Title(incident), facts, null, buttons, []) { Link = cards.LinkTo(incident) };
    }

    /// <summary>The overdue-update reminder, with Snooze 30 min / 1 h / 2 h buttons (<c>major.snooze</c>).</summary>
    public Reply Reminder(Incident incident, DateTimeOffset now)
    {
        MajorIncident major = MajorOf(incident);
        DateTimeOffset due = MissedDue(major);
        string last = major.LastUpdateAt is { } at ? SlaText.Stamp(at) : "none yet";
        string text = $"⏰ {incident.Id}'s status update is overdue (last: {last} / due {SlaText.Stamp(due)})";
        List<CardFact> facts =
        [
            new("Priority", incident.Priority.ToString()),
            new("Commander", Name(major.Commander)),
            new("Last update", LastUpdate(major)),
            new("Status update", SlaText.Describe(due, null, paused: false, now)),
            new("Reminders", major.RemindersSent.ToString(CultureInfo.InvariantCulture)),
        ];
        List<CardButton> buttons = [];
        if (IsRunning(incident, major))
        {
            buttons.Add(Snooze(incident, "Snooze 30 min", "30m"));
            buttons.Add(Snooze(incident, "Snooze 1 h", "1h"));
            buttons.Add(Snooze(incident, "Snooze 2 h", "2h"));
        }

        string hint = $"Post one with `major update {incident.Id} <text>`, or snooze this reminder.";
        Card card = new($"⏰ {MajorText.Line($"{incident.Id} · {incident.Title}", TitleMaxLength - 2)}", facts, hint, buttons, [])
        {
            Link = cards.LinkTo(incident),
        };
        return Reply.Show(card, text);
    }

    /// <summary>
    /// The offer for a burst on <paramref name="service"/>: the incidents, oldest first, and a Declare button
    /// (<c>major.declare</c> with <c>target</c> = the oldest, <c>link</c> = as many of the others as its Discord custom id
    /// holds; the rest are named for <c>major link</c>). The card links to the oldest's record.
    /// </summary>
    public Reply BurstOffer(string service, IReadOnlyList<TicketId> incidents, TimeSpan window)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        ArgumentNullException.ThrowIfNull(incidents);
        if (incidents.Count == 0)
        {
            throw new ArgumentException("A burst has at least one incident.", nameof(incidents));
        }

        string name = MajorText.Line(service, NameMaxLength);
        string count = incidents.Count.ToString(CultureInfo.InvariantCulture);
        List<string> ids = [.. incidents.Select(id => id.ToString())];
        TicketId target = incidents[0];
        int room = DeclareDataMaxLength - "link=;target=".Length - target.ToString().Length;
        List<string> linked = [];
        foreach (string id in ids.Skip(1))
        {
            if (string.Join(',', [.. linked, id]).Length > room)
            {
                break;
            }

            linked.Add(id);
        }

        int left = ids.Count - 1 - linked.Count;
        string body = $"**Declare** makes **{target}** the major incident"
            + (linked.Count == 0 ? "." : $" and links {string.Join(", ", linked)} to it.")
            + (left == 0 ? "" : $" Link the other {left.ToString(CultureInfo.InvariantCulture)} after that with `major link {target} <incidents>`.");
        Dictionary<string, string> data = new() { ["target"] = target.ToString() };
        if (linked.Count > 0)
        {
            data["link"] = string.Join(',', linked);
        }

        List<CardFact> facts =
        [
            new("Service", name),
            new("Incidents", MajorText.List(ids, FactMaxLength)),
            new("Window", SlaText.Span(window)),
        ];
        Card card = new($"Burst on {name}: {count} incidents", facts, body,
            [new CardButton("Declare major incident", "major.declare", data, ButtonStyle.Danger)], [])
        {
            Link = options.Value.PublicBaseUrl?.TrimEnd('/') is { } baseUrl ? $"{baseUrl}/api/tickets/{target}" : null,
        };
        string text = $"⚠ {count} incidents on **{name}** within {SlaText.Span(window)}: {MajorText.List(ids, FactMaxLength)}. Is this one major incident?";
        return Reply.Show(card, text);
    }

    /// <summary>
    /// The instant the overdue update was due: a cadence after the last update (or the declaration), or the end of a
    /// snooze; reminders after the first keep pointing at it.
    /// </summary>
    public static DateTimeOffset MissedDue(MajorIncident major)
    {
        ArgumentNullException.ThrowIfNull(major);
        DateTimeOffset due = major.CadenceFrom + major.Cadence;
        return major.SnoozedUntil is { } snoozed && snoozed > due ? snoozed : due;
    }

    /// <summary>"🚨 MAJOR INC-1001 · Email down", cut to the title's room.</summary>
    internal static string Title(Incident incident) => MajorText.Line($"🚨 MAJOR {incident.Id} · {incident.Title}", TitleMaxLength);

    internal static string Name(RoleHolder? holder) => holder is null ? "—" : MajorText.Line(holder.Name, NameMaxLength);

    private static bool IsRunning(Incident incident, MajorIncident major) => major.IsActive && IncidentStates.IsOpen(incident.State);

    private static MajorIncident MajorOf(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Major ?? throw new ArgumentException($"{incident.Id} is not a major incident.", nameof(incident));
    }

    private static CardButton Snooze(Incident incident, string label, string period) =>
        new(label, "major.snooze", new Dictionary<string, string> { ["id"] = incident.Id.ToString(), ["for"] = period });

    private static List<CardFact> Facts(Incident incident, MajorIncident major, DateTimeOffset now)
    {
        DateTimeOffset until = major.EndedAt ?? now;
        string elapsed = SlaText.Span(until < major.DeclaredAt ? TimeSpan.Zero : until - major.DeclaredAt);
        List<CardFact> facts =
        [
            new("Service", MajorText.Line(incident.Service, NameMaxLength)),
            new("Priority", incident.Priority.ToString()),
            new("State", IncidentStates.DisplayName(incident.State)),
            new("Commander", Name(major.Commander)),
            new("Communications", Name(major.Communications)),
            new("Scribe", Name(major.Scribe)),
            new("Declared", $"{SlaText.Stamp(major.DeclaredAt)} by {Name(major.DeclaredBy)}"),
            new("Elapsed", major.EndedAt is { } ended ? $"{elapsed} (ended {SlaText.Stamp(ended)})" : elapsed),
        ];
        if (major.MitigatedAt is { } mitigated)
        {
            facts.Add(new("Mitigated", SlaText.Stamp(mitigated)));
        }

        facts.Add(new("Last update", LastUpdate(major)));
        facts.Add(new("Next update", NextUpdate(major, now)));
        facts.Add(new("War room", WarRoom(major)));
        if (major.LinkedIncidents.Count > 0)
        {
            facts.Add(new("Linked incidents", MajorText.List([.. major.LinkedIncidents.Select(id => id.ToString())], FactMaxLength)));
        }

        return facts;
    }

    private static string LastUpdate(MajorIncident major) => major is { LastUpdate: { } text, LastUpdateAt: { } at }
        ? MajorText.Line($"{SlaText.Stamp(at)}: {text}", FactMaxLength)
        : "none yet";

    private static string NextUpdate(MajorIncident major, DateTimeOffset now)
    {
        if (major.NextUpdateDueAt is not { } due)
        {
            return "ended";
        }

        string when = SlaText.Describe(due, null, paused: false, now);
        return major.SnoozedUntil is { } snoozed && snoozed == due ? $"{when}, reminders snoozed" : when;
    }

    /// <summary>
    /// Where the war room is, not a link: the same card reaches every platform, where another platform's link or mention
    /// would not open. <c>major join</c> (the Join button) answers each reader with what opens on their platform.
    /// </summary>
    private static string WarRoom(MajorIncident major)
    {
        if (!RouteAddress.TryParse(major.WarRoom, out ConversationAddress? room))
        {
            return major.WarRoomParent is null ? "none" : "opening…";
        }

        return room.Platform.ToLowerInvariant() switch
        {
            "teams" => "open on Teams",
            "discord" => "open on Discord",
            "local" => "open in the local web chat",
            _ => $"open on {MajorText.Line(room.Platform, NameMaxLength)}",
        };
    }
}
