using ChatOpsItsm.Domain.Problems;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Problems;

namespace ChatOpsItsm.Storage.AzureTables.Keys;

/// <summary>
/// The listing index rows of a problem, in the <c>PRB</c> partition (docs/storage.md §16), all newest first by the
/// inverted number <c>IN</c>: <c>ix|open|IN</c>, <c>ix|all|IN</c>, <c>ix|known|IN</c>, the known errors by service
/// <c>ix|ke|SERVICE|IN</c>, and one <c>ix|inc|INCIDENT|IN</c> per linked incident (incident → problem).
/// </summary>
internal static class ProblemIndexKeys
{
    private const string Open = "ix|open|";
    private const string All = "ix|all|";
    private const string Known = "ix|known|";
    private const string KnownOnService = "ix|ke|";
    private const string ForIncident = "ix|inc|";

    /// <summary>The index rows that exist for a problem in this state.</summary>
    public static IReadOnlyList<string> For(ProblemSnapshot problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        string inverted = TicketKeys.Inverted(problem.Id.Number);
        List<string> keys = [$"{All}{inverted}"];
        if (ProblemStates.IsOpen(problem.State))
        {
            keys.Add($"{Open}{inverted}");
        }

        if (problem.State == ProblemState.KnownError)
        {
            keys.Add($"{Known}{inverted}");
            keys.Add($"{KnownOnService}{Service(problem.Service)}|{inverted}");
        }

        keys.AddRange(problem.Incidents.Select(incident => $"{ForIncident}{TicketKeys.Number(incident.Number)}|{inverted}"));
        return keys;
    }

    /// <summary>Whether <paramref name="rowKey"/> could be an index row of <paramref name="id"/>: the only rows a version token may delete.</summary>
    public static bool BelongsTo(string rowKey, TicketId id)
    {
        ArgumentNullException.ThrowIfNull(rowKey);
        bool indexRow = rowKey.StartsWith(Open, StringComparison.Ordinal) || rowKey.StartsWith(All, StringComparison.Ordinal)
            || rowKey.StartsWith(Known, StringComparison.Ordinal) || rowKey.StartsWith(KnownOnService, StringComparison.Ordinal)
            || rowKey.StartsWith(ForIncident, StringComparison.Ordinal);
        return indexRow && rowKey.EndsWith("|" + TicketKeys.Inverted(id.Number), StringComparison.Ordinal);
    }

    /// <summary>The key range a listing reads.</summary>
    /// <exception cref="ArgumentException">KnownErrorsOnService without a service, ForIncident without an incident id.</exception>
    public static KeyRange Listing(ProblemQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string prefix = query.Kind switch
        {
            ProblemListKind.Open => Open,
            ProblemListKind.All => All,
            ProblemListKind.KnownErrors => Known,
            ProblemListKind.KnownErrorsOnService =>
                $"{KnownOnService}{Service(string.IsNullOrWhiteSpace(query.Service) ? throw Needs(nameof(query.Service)) : query.Service)}|",
            ProblemListKind.ForIncident => $"{ForIncident}{TicketKeys.Number(Incident(query.Incident))}|",
            _ => throw new ArgumentException($"Unknown listing {query.Kind}.", nameof(query)),
        };
        return KeyRange.Prefix(prefix);
    }

    /// <summary>Services compare case-insensitively (<c>Mail</c> is <c>mail</c>), trimmed, as for changes.</summary>
    private static string Service(string service) => KeyEscaper.KeyPart(service.Trim().ToUpperInvariant());

    private static long Incident(TicketId? incident) => incident is { Type: TicketType.Incident } id
        ? id.Number
        : throw Needs(nameof(ProblemQuery.Incident));

    private static ArgumentException Needs(string name) => new($"This listing needs {name}.");
}
