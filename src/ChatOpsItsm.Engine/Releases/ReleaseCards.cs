using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Releases;

/// <summary>The release card: its facts, its changes with their states, recent history and the buttons for the next step.</summary>
public sealed class ReleaseCards(IOptions<ItsmOptions> options)
{
    private const int HistoryLines = 15;

    /// <param name="release">The release.</param>
    /// <param name="viewer">Who will see it: decides the buttons.</param>
    /// <param name="changes">Its changes with their current states; without them the card lists the changes by title only.</param>
    /// <param name="history">Its audit trail, to show the latest lines of.</param>
    public Card Render(Release release, Person viewer, IReadOnlyList<ReleaseChangeStatus>? changes = null, IReadOnlyList<AuditEvent>? history = null)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(viewer);
        List<CardFact> facts =
        [
            new("State", ReleaseStates.DisplayName(release.State)),
            new("Service", release.Service.Length == 0 ? "not given" : release.Service),
            new("Window", release.Window?.ToString() ?? "not given"),
            new("Owner", release.OwnerName),
            new("Changes", release.Changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
        string? baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/');
        return new Card($"{release.Id} · {release.Title}", facts, Body(release, changes, history), ReleaseButtons.For(release, viewer), [])
        {
            Link = baseUrl is null ? null : $"{baseUrl}/api/tickets/{release.Id}",
        };
    }

    private static string Body(Release release, IReadOnlyList<ReleaseChangeStatus>? changes, IReadOnlyList<AuditEvent>? history)
    {
        IReadOnlyList<ReleaseChangeStatus> shown = changes ?? [.. release.Changes.Select(c => new ReleaseChangeStatus(c.Id, c.Title, null))];
        List<string> parts =
        [
            shown.Count == 0
                ? $"_No changes yet: add approved ones with `release add {release.Id} <change id>`._"
                : "**Changes**\n" + string.Join('\n', shown.Select(c =>
                    $"- **{c.Id}**{(c.State is { } s ? $" · {ChangeStates.DisplayName(s)}" : "")} · {c.Title}")),
        ];
        if (history is { Count: > 0 })
        {
            IEnumerable<string> lines = history.TakeLast(HistoryLines).Select(e => $"- {ChangeWindow.Format(e.At)} · {e.ActorName} · {Describe(e)}");
            parts.Add("**History**\n" + string.Join('\n', lines));
        }

        return string.Join("\n\n", parts);
    }

    private static string Describe(AuditEvent e)
    {
        string changes = string.Join(", ", e.Changes
            .Where(c => c.Field is "state" or "change")
            .Select(c => $"{c.Field} {c.OldValue ?? "—"} → {c.NewValue ?? "—"}"));
        string text = e.Text is null ? "" : $": {(e.Text.Length > 120 ? e.Text[..120] + "…" : e.Text)}";
        return changes.Length == 0 ? $"{e.Action}{text}" : $"{e.Action} ({changes}){text}";
    }
}
