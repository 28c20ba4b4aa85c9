using System.Globalization;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Changes;

/// <summary>
/// Change–incident correlation (issue 6 §3): the changes whose implementation started on an incident's service within
/// <c>Itsm:Changes:CorrelationWindow</c> before it was reported, named on the incident's card (with a button to link
/// each) and in the on-call notice. One index read; a hint never fails the report it decorates (storage down: none).
/// </summary>
public sealed class ChangeSuspects(IChangeStore store, IOptions<ItsmOptions> options)
{
    /// <summary>Suspect changes named at most, newest first.</summary>
    public const int Shown = 3;

    /// <summary>Index rows read: changes started after <c>at</c> (an incident shown later) come first and are skipped.</summary>
    private const int Read = 20;

    /// <summary>
    /// The changes implemented on <paramref name="service"/> within the window before <paramref name="at"/> (when the
    /// incident was reported), newest first; none when storage cannot be read.
    /// </summary>
    public async Task<IReadOnlyList<ChangeSummary>> FindAsync(string? service, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(service))
        {
            return [];
        }

        DateTimeOffset since = at - options.Value.Changes.CorrelationWindow;
        string trimmed = service.Trim();
        try
        {
            ChangePage page = await store.ListAsync(
                new ChangeQuery(ChangeListKind.ImplementedOnService, Read) { Service = trimmed, Since = since }, cancellationToken);
            return [.. page.Items
                .Where(c => c.StartedAt is { } started && started >= since && started <= at
                    && string.Equals(c.Service.Trim(), trimmed, StringComparison.OrdinalIgnoreCase))
                .Take(Shown)];
        }
        catch (StorageUnavailableException)
        {
            return [];
        }
    }

    /// <summary>"Possibly caused by **CHG-1004** · Patch DB cluster, implemented 3 h ago", a line each; null when none.</summary>
    public static string? Describe(IReadOnlyList<ChangeSummary> suspects, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(suspects);
        return suspects.Count == 0
            ? null
            : string.Join('\n', suspects.Select(c => $"Possibly caused by **{c.Id}** · {c.Title}, implemented {Ago(now - c.StartedAt!.Value)}"));
    }

    /// <summary>
    /// The card of a new incident with its suspect changes below its body and, for a viewer who manages changes, a
    /// "Link to CHG-…" button each (<c>change.link</c> with <c>id</c> and <c>incident</c>).
    /// </summary>
    public static Card WithSuspects(Card card, TicketId incident, IReadOnlyList<ChangeSummary> suspects, Person viewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(viewer);
        if (Describe(suspects, now) is not { } text)
        {
            return card;
        }

        bool mayLink = viewer.HasRole(Role.Agent) || viewer.HasRole(Role.OnCall) || viewer.HasRole(Role.Admin);
        IEnumerable<CardButton> links = mayLink
            ? suspects.Select(c => new CardButton(
                $"Link to {c.Id}", "change.link", new Dictionary<string, string> { ["id"] = c.Id.ToString(), ["incident"] = incident.ToString() }))
            : [];
        return card with
        {
            Body = card.Body is null ? text : $"{card.Body}\n\n{text}",
            Buttons = [.. card.Buttons, .. links],
        };
    }

    /// <summary>"just now", "25 min ago", "3 h ago", "2 days ago".</summary>
    public static string Ago(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return "just now";
        }

        return span < TimeSpan.FromHours(1) ? $"{Whole(span.TotalMinutes)} min ago"
            : span < TimeSpan.FromHours(48) ? $"{Whole(span.TotalHours)} h ago"
            : $"{Whole(span.TotalDays)} days ago";
    }

    private static string Whole(double value) => ((long)value).ToString(CultureInfo.InvariantCulture);
}
