using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Incidents;

/// <summary>The incident card: its facts, SLA standing, recent history and the buttons its viewer may use.</summary>
public sealed class IncidentCards(IOptions<ItsmOptions> options)
{
    private const int HistoryLines = 10;

    public Card Render(Incident incident, Person viewer, DateTimeOffset now, IReadOnlyList<AuditEvent>? history = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(viewer);
        bool paused = incident.SlaClock.IsPaused;
        List<CardFact> facts =
        [
            new("State", StateText(incident)),
            new("Priority", $"{incident.Priority} (impact {Lower(incident.Impact)}, urgency {Lower(incident.Urgency)})"),
            new("Service", incident.Service),
            new("Requester", incident.RequesterName),
            new("Assignee", incident.AssigneeName ?? "unassigned"),
            new("Response", Sla(incident, incident.ResponseDueAt(now), incident.RespondedAt, paused, now)),
            new("Resolution", Sla(incident, incident.ResolutionDueAt(now), incident.ResolvedAt, paused, now)),
            new("Reported", SlaText.Stamp(incident.CreatedAt)),
        ];
        return new Card($"{incident.Id} · {incident.Title}", facts, Body(incident, history), Buttons(incident, viewer), [])
        {
            Link = LinkTo(incident),
        };
    }

    public string? LinkTo(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        string? baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/');
        return baseUrl is null ? null : $"{baseUrl}/api/tickets/{incident.Id}";
    }

    /// <summary>A canceled incident's clocks stopped when it was canceled: it is neither due nor overdue.</summary>
    private static string Sla(Incident incident, DateTimeOffset due, DateTimeOffset? metAt, bool paused, DateTimeOffset now) =>
        metAt is null && incident.State == IncidentState.Canceled
            ? $"stopped: canceled {SlaText.Stamp(incident.ClosedAt ?? incident.UpdatedAt)}"
            : SlaText.Describe(due, metAt, paused, now);

    private static string StateText(Incident incident) => incident.HoldReason is { } reason
        ? $"{IncidentStates.DisplayName(incident.State)} ({HoldText(reason)})"
        : IncidentStates.DisplayName(incident.State);

    private static string HoldText(HoldReason reason) => reason switch
    {
        HoldReason.AwaitingRequester => "waiting on the requester",
        HoldReason.AwaitingVendor => "waiting on a vendor",
        _ => "waiting on a change",
    };

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string? Body(Incident incident, IReadOnlyList<AuditEvent>? history)
    {
        List<string> parts = [];
        if (incident.Description.Length > 0)
        {
            parts.Add(incident.Description);
        }

        if (incident.Resolution is { } resolution)
        {
            parts.Add($"**Resolution:** {resolution}");
        }

        if (history is { Count: > 0 })
        {
            IEnumerable<string> lines = history.TakeLast(HistoryLines).Select(e => $"- {SlaText.Stamp(e.At)} · {e.ActorName} · {Describe(e)}");
            parts.Add("**History**\n" + string.Join('\n', lines));
        }

        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }

    private static string Describe(AuditEvent e)
    {
        string changes = string.Join(", ", e.Changes
            .Where(c => c.Field is "state" or "assignee")
            .Select(c => $"{c.Field} {c.OldValue ?? "—"} → {c.NewValue ?? "—"}"));
        string text = e.Text is null ? "" : $": {(e.Text.Length > 120 ? e.Text[..120] + "…" : e.Text)}";
        return changes.Length == 0 ? $"{e.Action}{text}" : $"{e.Action} ({changes}){text}";
    }

    private static List<CardButton> Buttons(Incident incident, Person viewer)
    {
        List<CardButton> buttons = [];
        void Offer(IncidentOperation operation, string label, string actionId, ButtonStyle style = ButtonStyle.Default, string? user = null)
        {
            if (!IncidentPermissions.MayAct(viewer, operation, incident))
            {
                return;
            }

            Dictionary<string, string> data = new() { ["id"] = incident.Id.ToString() };
            if (user is not null)
            {
                data["user"] = user;
            }

            buttons.Add(new CardButton(label, actionId, data, style));
        }

        switch (incident.State)
        {
            case IncidentState.New:
                Offer(IncidentOperation.Assign, "Assign to me", "incident.assign", ButtonStyle.Primary, "me");
                Offer(IncidentOperation.Note, "Add note", "form.incident.note");
                Offer(IncidentOperation.Cancel, "Cancel", "form.incident.cancel", ButtonStyle.Danger);
                break;
            case IncidentState.InProgress:
                Offer(IncidentOperation.Resolve, "Resolve", "form.incident.resolve", ButtonStyle.Primary);
                Offer(IncidentOperation.Note, "Add note", "form.incident.note");
                Offer(IncidentOperation.Hold, "Put on hold", "form.incident.hold");
                if (incident.Assignee is { } assignee && !viewer.Is(assignee))
                {
                    Offer(IncidentOperation.Assign, "Assign to me", "incident.assign", user: "me");
                }

                break;
            case IncidentState.OnHold:
                Offer(IncidentOperation.Resume, "Resume", "incident.resume", ButtonStyle.Primary);
                Offer(IncidentOperation.Resolve, "Resolve", "form.incident.resolve");
                Offer(IncidentOperation.Note, "Add note", "form.incident.note");
                break;
            case IncidentState.Resolved:
                Offer(IncidentOperation.Close, "Close", "incident.close", ButtonStyle.Primary);
                Offer(IncidentOperation.Reopen, "Reopen", "form.incident.reopen", ButtonStyle.Danger);
                break;
            default:
                break;
        }

        return buttons;
    }
}
