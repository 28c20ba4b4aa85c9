using ChatOpsItsm.Domain.Releases;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Releases;

namespace ChatOpsItsm.Storage.AzureTables.Keys;

/// <summary>
/// The listing index rows of a release, in the <c>RLS</c> partition (docs/storage.md §15): <c>ix|all|IN</c> always;
/// while it is open, <c>ix|open|IN</c> and one <c>ix|chg|C|IN</c> per change it holds (<c>C</c> the change's ten-digit
/// number), so "which open release holds CHG-1001" is one range read.
/// </summary>
internal static class ReleaseIndexKeys
{
    private const string Open = "ix|open|";
    private const string All = "ix|all|";
    private const string HoldingChange = "ix|chg|";

    /// <summary>The index rows that exist for a release in this state.</summary>
    public static IReadOnlyList<string> For(ReleaseSnapshot release)
    {
        ArgumentNullException.ThrowIfNull(release);
        string inverted = TicketKeys.Inverted(release.Id.Number);
        List<string> keys = [$"{All}{inverted}"];
        if (!ReleaseStates.IsFinal(release.State))
        {
            keys.Add($"{Open}{inverted}");
            keys.AddRange(release.Changes.Select(c => $"{HoldingChange}{TicketKeys.Number(c.Id.Number)}|{inverted}"));
        }

        return keys;
    }

    /// <summary>Whether <paramref name="rowKey"/> could be an index row of <paramref name="id"/>; a version token is trusted to delete only those.</summary>
    public static bool BelongsTo(string rowKey, TicketId id)
    {
        ArgumentNullException.ThrowIfNull(rowKey);
        bool index = rowKey.StartsWith(All, StringComparison.Ordinal) || rowKey.StartsWith(Open, StringComparison.Ordinal)
            || rowKey.StartsWith(HoldingChange, StringComparison.Ordinal);
        return index && rowKey.EndsWith("|" + TicketKeys.Inverted(id.Number), StringComparison.Ordinal);
    }

    /// <summary>The key range a listing reads.</summary>
    /// <exception cref="ArgumentException">HoldingChange without a change id, or with an id that is not a change's.</exception>
    public static KeyRange Listing(ReleaseQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string prefix = query.Kind switch
        {
            ReleaseListKind.Open => Open,
            ReleaseListKind.All => All,
            ReleaseListKind.HoldingChange when query.Change is { Type: TicketType.Change } change =>
                $"{HoldingChange}{TicketKeys.Number(change.Number)}|",
            ReleaseListKind.HoldingChange => throw new ArgumentException("This listing needs a change id.", nameof(query)),
            _ => throw new ArgumentException($"Unknown listing {query.Kind}.", nameof(query)),
        };
        return KeyRange.Prefix(prefix);
    }
}
