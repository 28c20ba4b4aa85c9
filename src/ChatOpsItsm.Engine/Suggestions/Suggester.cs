using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Incidents;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Suggestions;

/// <summary>
/// Suggestions while someone types a parameter. Read-only and cheap: one index page per source, never a scan, and
/// nothing is recorded. What was typed is untrusted (a platform only checks it client-side), so it is only ever
/// compared, never parsed into a query.
/// </summary>
public sealed class Suggester(IIncidentStore incidents, IOptions<ItsmOptions> options)
{
    /// <summary>The most suggestions any platform shows (Discord: 25).</summary>
    public const int MaxSuggestions = 25;

    private const int PageSize = 50;

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(
        SuggestionSource source, string? typed, UserIdentity person, int limit, CancellationToken cancellationToken)
    {
        string text = (typed ?? "").Trim();
        int max = Math.Clamp(limit, 1, MaxSuggestions);
        return source switch
        {
            SuggestionSource.Tickets => await TicketsAsync(text, person, max, cancellationToken),
            SuggestionSource.Services => Services(text, max),
            _ => [],
        };
    }

    /// <summary>The person's own incidents first (assigned, then reported), then the open ones; ids starting with the text, then titles containing it.</summary>
    private async Task<IReadOnlyList<Suggestion>> TicketsAsync(string text, UserIdentity person, int max, CancellationToken cancellationToken)
    {
        List<IncidentSummary> seen = [];
        foreach (IncidentQuery query in new[]
                 {
                     new IncidentQuery(IncidentListKind.AssignedTo, PageSize) { Person = person },
                     new IncidentQuery(IncidentListKind.RequestedBy, PageSize) { Person = person },
                     new IncidentQuery(IncidentListKind.Open, PageSize),
                 })
        {
            IncidentPage page = await incidents.ListAsync(query, cancellationToken);
            seen.AddRange(page.Items.Where(item => seen.TrueForAll(s => s.Id != item.Id)));
        }

        IEnumerable<IncidentSummary> byId = seen.Where(s => s.Id.ToString().StartsWith(text, StringComparison.OrdinalIgnoreCase));
        IEnumerable<IncidentSummary> byTitle = text.Length == 0
            ? []
            : seen.Where(s => s.Title.Contains(text, StringComparison.OrdinalIgnoreCase));
        return byId.Concat(byTitle).Distinct().Take(max).Select(s => new Suggestion(Label(s), s.Id.ToString())).ToList();
    }

    private List<Suggestion> Services(string text, int max) =>
        options.Value.Services
            .Where(s => text.Length == 0
                || s.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || s.Keywords.Any(k => k.StartsWith(text, StringComparison.OrdinalIgnoreCase)))
            .Take(max)
            .Select(s => new Suggestion(s.Name, s.Name))
            .ToList();

    private static string Label(IncidentSummary summary)
    {
        string label = $"{summary.Id} · {summary.Priority} · {summary.Title}";
        if (label.Length <= 100)
        {
            return label;
        }

        // Never cut an emoji in half: a lone surrogate is not valid text on the wire.
        int keep = char.IsHighSurrogate(label[98]) ? 98 : 99;
        return label[..keep] + "…";
    }
}
