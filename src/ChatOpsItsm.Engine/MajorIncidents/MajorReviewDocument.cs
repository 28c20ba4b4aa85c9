using System.Globalization;
using System.Text;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Problems;
using ChatOpsItsm.Engine.Timers;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Writes the post-incident review from what was read: the major incident and its audit trail, its linked incidents and
/// the problems naming it. Deterministic: the same records give the same text, with no clock read.
/// Durations count from the first report, the earliest report among the incident and the ones linked to it.
/// </summary>
internal static class MajorReviewDocument
{
    private const string None = "—";

    public static string Write(
        IncidentWithHistory source, IReadOnlyList<(TicketId Id, Incident? Incident)> linked, IReadOnlyList<ProblemSummary> problems)
    {
        Incident incident = source.Incident;
        MajorIncident major = incident.Major!;
        MajorTimeline timeline = new(incident, source.History);
        (TicketId firstId, DateTimeOffset firstAt) = FirstReport(incident, linked);
        StringBuilder doc = new();
        doc.Append(CultureInfo.InvariantCulture, $"# Post-incident review: {incident.Id} · {ReviewMarkdown.Inline(incident.Title)}\n\n");
        doc.Append(CultureInfo.InvariantCulture,
            $"**{incident.Priority}** · {ReviewMarkdown.Inline(incident.Service)} · {IncidentStates.DisplayName(incident.State)} · "
            + $"declared by **{ReviewMarkdown.Inline(major.DeclaredBy.Name)}** at {ReviewMarkdown.Stamp(major.DeclaredAt)} · "
            + $"commander: **{ReviewMarkdown.Inline(major.Commander.Name)}**\n\n");
        Section(doc, "Summary", Summary(incident, major));
        Section(doc, "Impact", Impact(incident, major, linked.Count, firstAt));
        Section(doc, "Key times", KeyTimes(incident, major, firstId, firstAt));
        Section(doc, "Timeline", string.Join('\n', source.History.OrderBy(e => e.Sequence).Select(timeline.Line)));
        Section(doc, "Participants and roles", Participants(major, source.History));
        Section(doc, "Linked incidents and problem", Linked(linked, problems));
        Section(doc, "Follow-up actions", Actions(major, timeline));
        return doc.ToString().TrimEnd('\n') + "\n";
    }

    private static void Section(StringBuilder doc, string heading, string body) =>
        doc.Append(CultureInfo.InvariantCulture, $"## {heading}\n\n{body}\n\n");

    private static (TicketId Id, DateTimeOffset At) FirstReport(Incident incident, IReadOnlyList<(TicketId Id, Incident? Incident)> linked)
    {
        (TicketId Id, DateTimeOffset At) first = (incident.Id, incident.CreatedAt);
        foreach ((TicketId id, Incident? other) in linked)
        {
            if (other is not null && other.CreatedAt < first.At)
            {
                first = (id, other.CreatedAt);
            }
        }

        return first;
    }

    private static string Summary(Incident incident, MajorIncident major) => (major.Summary ?? incident.Resolution) is { Length: > 0 } text
        ? ReviewMarkdown.Block(text)
        : "Not resolved yet.";

    private static string Impact(Incident incident, MajorIncident major, int linkedCount, DateTimeOffset firstAt)
    {
        string incidents = linkedCount == 0
            ? "1 (no linked incidents)"
            : $"{(linkedCount + 1).ToString(CultureInfo.InvariantCulture)} ({incident.Id} and {linkedCount.ToString(CultureInfo.InvariantCulture)} linked)";
        string duration = (major.MitigatedAt, incident.ResolvedAt) switch
        {
            ({ } mitigated, { } resolved) =>
                $"{ReviewMarkdown.Duration(mitigated - firstAt)} from the first report to mitigation, {ReviewMarkdown.Duration(resolved - firstAt)} to resolution",
            ({ } mitigated, null) => $"{ReviewMarkdown.Duration(mitigated - firstAt)} from the first report to mitigation; not resolved yet",
            _ when incident.State == IncidentState.Canceled && incident.ClosedAt is { } canceled =>
                $"canceled {ReviewMarkdown.Duration(canceled - firstAt)} after the first report",
            _ => "not mitigated yet",
        };
        return $"- Service: {ReviewMarkdown.Inline(incident.Service)}\n"
            + $"- Priority: {incident.Priority} (impact {Lower(incident.Impact)}, urgency {Lower(incident.Urgency)})\n"
            + $"- Incidents: {incidents}\n"
            + $"- Duration: {duration}";
    }

    private static string KeyTimes(Incident incident, MajorIncident major, TicketId firstId, DateTimeOffset firstAt)
    {
        List<string> rows =
        [
            "| Milestone | When | Time from first report |",
            "|---|---|---|",
        ];
        if (firstId != incident.Id)
        {
            rows.Add(Row($"First report ({firstId})", firstAt, firstAt));
        }

        rows.Add(Row("Reported", incident.CreatedAt, firstAt));
        rows.Add(Row("Acknowledged", incident.RespondedAt, firstAt));
        rows.Add(Row("Declared major", major.DeclaredAt, firstAt));
        rows.Add(Row("Mitigated", major.MitigatedAt, firstAt));
        rows.Add(Row("Resolved", incident.ResolvedAt, firstAt));
        if (incident.State == IncidentState.Canceled)
        {
            rows.Add(Row("Canceled", incident.ClosedAt, firstAt));
        }

        return string.Join('\n', rows);
    }

    private static string Row(string milestone, DateTimeOffset? at, DateTimeOffset firstAt) => at is { } when
        ? $"| {milestone} | {ReviewMarkdown.Stamp(when)} | {ReviewMarkdown.Duration(when - firstAt)} |"
        : $"| {milestone} | {None} | {None} |";

    /// <summary>Role holders first (one line each, with every role they hold), then everyone else who acted, by first appearance.</summary>
    private static string Participants(MajorIncident major, IReadOnlyList<AuditEvent> history)
    {
        List<(RoleHolder Holder, List<string> Roles)> holders = [];
        foreach (MajorRole role in Enum.GetValues<MajorRole>())
        {
            if (major.Holder(role) is not { } holder)
            {
                continue;
            }

            string name = MajorRoles.DisplayName(role).ToLowerInvariant();
            int index = holders.FindIndex(h => h.Holder.Identity == holder.Identity);
            if (index >= 0)
            {
                holders[index].Roles.Add(name);
            }
            else
            {
                holders.Add((holder, [name]));
            }
        }

        List<string> lines = [.. holders.Select(h => $"- **{ReviewMarkdown.Inline(h.Holder.Name)}** — {string.Join(", ", h.Roles)}")];
        HashSet<string> listed = [.. holders.Select(h => h.Holder.Identity.ToString()), SystemActor.Identity.ToString()];
        foreach (AuditEvent e in history.OrderBy(e => e.Sequence))
        {
            if (listed.Add(e.Actor.ToString()))
            {
                lines.Add($"- **{ReviewMarkdown.Inline(e.ActorName)}**");
            }
        }

        return string.Join('\n', lines);
    }

    private static string Linked(IReadOnlyList<(TicketId Id, Incident? Incident)> linked, IReadOnlyList<ProblemSummary> problems)
    {
        StringBuilder text = new();
        if (linked.Count == 0)
        {
            text.Append("No linked incidents.");
        }
        else
        {
            text.Append("| Incident | Title | Service | Reported | State |\n|---|---|---|---|---|");
            foreach ((TicketId id, Incident? other) in linked)
            {
                text.Append(other is null
                    ? $"\n| {id} | (not found) | {None} | {None} | {None} |"
                    : $"\n| {id} | {ReviewMarkdown.Cell(other.Title)} | {ReviewMarkdown.Cell(other.Service)} | {ReviewMarkdown.Stamp(other.CreatedAt)} | {IncidentStates.DisplayName(other.State)} |");
            }
        }

        text.Append("\n\n");
        text.Append(problems.Count switch
        {
            0 => "No problem names this incident yet.",
            1 => $"Problem: {Problem(problems[0])}",
            _ => "Problems:\n" + string.Join('\n', problems.Select(p => $"- {Problem(p)}")),
        });
        return text.ToString();
    }

    private static string Problem(ProblemSummary problem) =>
        $"**{problem.Id}** · {ReviewMarkdown.Inline(problem.Title)} ({ProblemStates.DisplayName(problem.State)})";

    private static string Actions(MajorIncident major, MajorTimeline timeline)
    {
        if (major.Actions.Count == 0)
        {
            return "None yet.";
        }

        return string.Join('\n', major.Actions.Select(a =>
        {
            string owner = a.Owner is { } identity ? ReviewMarkdown.Inline(a.OwnerName ?? timeline.NameOf(identity.ToString())) : "none";
            string became = a.BecameTicket is { } ticket ? $"became {ticket}" : "not raised yet";
            return $"{a.Number.ToString(CultureInfo.InvariantCulture)}. {ReviewMarkdown.Inline(a.Text)} — owner: {owner} — {became}";
        }));
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
