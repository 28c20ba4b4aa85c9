using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// The change card: its facts, plans, the vote's tally, linked incidents, recent history and the buttons its viewer may
/// use. A change linked to <c>Itsm:Changes:SuspectIncidentThreshold</c> incidents or more is flagged on <c>change show</c>
/// (the card with its history) and on its card while in Review.
/// </summary>
public sealed class ChangeCards(IOptions<ItsmOptions> options)
{
    private const int HistoryLines = 15;

    public Card Render(
        Change change, Person viewer, DateTimeOffset now, IReadOnlyList<AuditEvent>? history = null, IReadOnlyList<ScheduledChange>? overlaps = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(viewer);
        List<CardFact> facts =
        [
            new("State", ChangeStates.DisplayName(change.State)),
            new("Type", ChangeText.Lower(change.Type) + (change.TemplateName is { } template ? $" (template {template})" : "")),
            new("Risk", $"{ChangeText.Lower(change.Risk)} (impact {ChangeText.Lower(change.Impact)})"),
            new("Service", change.Service),
            new("Window", change.PlannedWindow.ToString()),
            new("Requester", change.RequesterName),
            new("Implementer", change.AssigneeName ?? "not yet"),
        ];
        if (change.LinkedIncidents.Count > 0)
        {
            facts.Add(new("Incidents", string.Join(", ", change.LinkedIncidents)));
        }

        if (change.Voting is { } voting)
        {
            facts.Add(new("Votes", $"{ChangeText.Tally(voting.Tally)} ({voting.Policy.Group})"));
            facts.Add(new("Deadline", ChangeWindow.Format(voting.Deadline) + (voting.IsEscalated ? " (escalated)" : "")));
        }

        string? flag = history is not null || change.State == ChangeState.Review ? Flag(change) : null;
        return new Card($"{change.Id} · {change.Title}", facts, Body(change, flag, history, overlaps), ChangeButtons.For(change, viewer), [])
        {
            Link = LinkTo(change),
        };
    }

    public string? LinkTo(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        string? baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/');
        return baseUrl is null ? null : $"{baseUrl}/api/tickets/{change.Id}";
    }

    /// <summary>"⚠ Drew 3 incidents: INC-1001, …" at or above the threshold; null below it.</summary>
    public string? Flag(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        IReadOnlyList<TicketId> linked = change.LinkedIncidents;
        return linked.Count >= options.Value.Changes.SuspectIncidentThreshold
            ? $"⚠ Drew {linked.Count} incidents: {string.Join(", ", linked)}"
            : null;
    }

    private static string? Body(Change change, string? flag, IReadOnlyList<AuditEvent>? history, IReadOnlyList<ScheduledChange>? overlaps)
    {
        List<string?> parts =
        [
            flag,
            ChangeText.Overlaps(overlaps),
            change.Description.Length > 0 ? change.Description : null,
            change.ImplementationPlan.Length > 0 ? $"**Plan:** {change.ImplementationPlan}" : null,
            $"**Rollback:** {change.RollbackPlan}",
            change.State == ChangeState.Failed && change.ToSnapshot().FailureReason is { } failure ? $"**Failed:** {failure}" : null,
            change.Voting is { } voting ? ChangeText.Votes(voting.Tally) : null,
        ];
        if (history is { Count: > 0 })
        {
            IEnumerable<string> lines = history.TakeLast(HistoryLines).Select(e => $"- {ChangeWindow.Format(e.At)} · {e.ActorName} · {Describe(e)}");
            parts.Add("**History**\n" + string.Join('\n', lines));
        }

        return string.Join("\n\n", parts.OfType<string>());
    }

    private static string Describe(AuditEvent e)
    {
        string changes = string.Join(", ", e.Changes
            .Where(c => c.Field is "state" or "vote" or "assignee")
            .Select(c => $"{c.Field} {c.OldValue ?? "—"} → {c.NewValue ?? "—"}"));
        string text = e.Text is null ? "" : $": {(e.Text.Length > 120 ? e.Text[..120] + "…" : e.Text)}";
        return changes.Length == 0 ? $"{e.Action}{text}" : $"{e.Action} ({changes}){text}";
    }
}
