using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Problems;

/// <summary>
/// What incidents learn from problems (issue 6 §3): the known errors on a service, shown with their workaround when an
/// incident is proposed or reported there, with a button to link it; and, on an incident's card, the problems it is
/// linked to. Each is one index read; a hint never fails the command it decorates (storage down: no hint).
/// </summary>
public sealed class ProblemHints(IProblemStore store)
{
    /// <summary>Known errors shown at most, newest first.</summary>
    public const int Shown = 3;

    private const int WorkaroundShown = 300;

    /// <summary>The known errors on <paramref name="service"/>, newest first; none when storage cannot be read.</summary>
    public async Task<IReadOnlyList<ProblemSummary>> KnownErrorsAsync(string? service, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(service))
        {
            return [];
        }

        return await ReadAsync(new ProblemQuery(ProblemListKind.KnownErrorsOnService, Shown) { Service = service }, cancellationToken);
    }

    /// <summary>The problems <paramref name="incident"/> is linked to; none when storage cannot be read.</summary>
    public Task<IReadOnlyList<ProblemSummary>> OfIncidentAsync(TicketId incident, CancellationToken cancellationToken) =>
        ReadAsync(new ProblemQuery(ProblemListKind.ForIncident, ProblemQuery.MaxPageSize) { Incident = incident }, cancellationToken);

    /// <summary>"**Known error PRB-1001** (title). Workaround: …" per known error; null when there are none.</summary>
    public static string? Describe(IReadOnlyList<ProblemSummary> knownErrors)
    {
        ArgumentNullException.ThrowIfNull(knownErrors);
        if (knownErrors.Count == 0)
        {
            return null;
        }

        return string.Join("\n\n", knownErrors.Select(k =>
            $"**Known error {k.Id}** ({k.Title}). **Workaround:** {Shorten(k.Workaround ?? "none recorded")}"));
    }

    /// <summary>
    /// The card of a new incident with the known errors of its service below its body and, for a viewer who works
    /// problems, a "Link to PRB-…" button each (<c>problem.link</c> with <c>id</c> and <c>incident</c>).
    /// </summary>
    public static Card WithKnownErrors(Card card, TicketId incident, IReadOnlyList<ProblemSummary> knownErrors, Person viewer)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(viewer);
        if (Describe(knownErrors) is not { } text)
        {
            return card;
        }

        IEnumerable<CardButton> links = ProblemPermissions.MayAct(viewer, ProblemOperation.Link)
            ? knownErrors.Select(k => new CardButton(
                $"Link to {k.Id}", "problem.link", new Dictionary<string, string> { ["id"] = k.Id.ToString(), ["incident"] = incident.ToString() }))
            : [];
        return card with
        {
            Body = card.Body is null ? text : $"{card.Body}\n\n{text}",
            Buttons = [.. card.Buttons, .. links],
        };
    }

    /// <summary>The incident's card with a "Problem" fact naming each problem it is linked to and its state.</summary>
    public static Card WithProblems(Card card, IReadOnlyList<ProblemSummary> problems)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            return card;
        }

        string named = string.Join(", ", problems.Select(p => $"{p.Id} ({ProblemStates.DisplayName(p.State)})"));
        return card with { Facts = [.. card.Facts, new CardFact(problems.Count == 1 ? "Problem" : "Problems", named)] };
    }

    private static string Shorten(string text) => text.Length <= WorkaroundShown ? text : text[..WorkaroundShown] + "…";

    private async Task<IReadOnlyList<ProblemSummary>> ReadAsync(ProblemQuery query, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.ListAsync(query, cancellationToken)).Items;
        }
        catch (StorageUnavailableException)
        {
            return [];
        }
    }
}
