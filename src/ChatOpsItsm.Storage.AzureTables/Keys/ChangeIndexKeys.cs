using System.Globalization;
using ChatOpsItsm.Domain.Changes;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Changes;

namespace ChatOpsItsm.Storage.AzureTables.Keys;

/// <summary>
/// The listing index rows of a change, in the <c>CHG</c> partition (docs/storage.md §14): <c>ix|open|S|N</c>,
/// <c>ix|all|IN</c>, <c>ix|state|State|S|N</c>, <c>ix|req|identity|IN</c> and <c>ix|svc|service|S|N</c>, where
/// <c>S</c> is the planned start in UTC ticks, 19 digits, so that "soonest first" is key order; and, once a change
/// started, <c>ix|impl|service|IS|N</c>, kept after it finishes, where <c>IS</c> is the implementation start inverted
/// (<see cref="DateTimeOffset.MaxValue"/> ticks minus its UTC ticks, 19 digits), so that "newest first" is key order.
/// </summary>
internal static class ChangeIndexKeys
{
    private const string Open = "ix|open|";
    private const string All = "ix|all|";
    private const string InState = "ix|state|";
    private const string RequestedBy = "ix|req|";
    private const string OnService = "ix|svc|";
    private const string Implemented = "ix|impl|";

    /// <summary>The index rows that exist for a change in this state.</summary>
    public static IReadOnlyList<string> For(ChangeSnapshot change)
    {
        ArgumentNullException.ThrowIfNull(change);
        string byStart = $"{Start(change.PlannedWindow.Start)}|{TicketKeys.Number(change.Id.Number)}";
        string inverted = TicketKeys.Inverted(change.Id.Number);
        List<string> keys =
        [
            $"{All}{inverted}",
            $"{InState}{change.State}|{byStart}",
            $"{RequestedBy}{Person(change.Requester)}|{inverted}",
        ];
        if (!ChangeStates.IsFinal(change.State))
        {
            keys.Add($"{Open}{byStart}");
            keys.Add($"{OnService}{Service(change.Service)}|{byStart}");
        }

        if (change.StartedAt is { } started)
        {
            keys.Add($"{Implemented}{Service(change.Service)}|{InvertedStart(started)}|{TicketKeys.Number(change.Id.Number)}");
        }

        return keys;
    }

    /// <summary>
    /// Whether <paramref name="rowKey"/> could be an index row of <paramref name="id"/>: a version token is only
    /// trusted to delete such rows, never a record or another change's entry.
    /// </summary>
    public static bool BelongsTo(string rowKey, TicketId id)
    {
        ArgumentNullException.ThrowIfNull(rowKey);
        bool newestFirst = rowKey.StartsWith(All, StringComparison.Ordinal) || rowKey.StartsWith(RequestedBy, StringComparison.Ordinal);
        bool byStart = rowKey.StartsWith(Open, StringComparison.Ordinal) || rowKey.StartsWith(InState, StringComparison.Ordinal)
            || rowKey.StartsWith(OnService, StringComparison.Ordinal) || rowKey.StartsWith(Implemented, StringComparison.Ordinal);
        string suffix = newestFirst ? TicketKeys.Inverted(id.Number) : "|" + TicketKeys.Number(id.Number);
        return (newestFirst || byStart) && rowKey.EndsWith(suffix, StringComparison.Ordinal);
    }

    /// <summary>The key range a listing reads.</summary>
    /// <exception cref="ArgumentException">
    /// InState without a state, RequestedBy without a person, OnService or ImplementedOnService without a service,
    /// ImplementedOnService without its instant.
    /// </exception>
    public static KeyRange Listing(ChangeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Kind == ChangeListKind.ImplementedOnService)
        {
            // Newest first: from the newest start down to (and including) the starts at Since.
            string since = InvertedStart(query.Since ?? throw Needs(nameof(query.Since)));
            string service = $"{Implemented}{Service(string.IsNullOrWhiteSpace(query.Service) ? throw Needs(nameof(query.Service)) : query.Service)}|";
            return new KeyRange(service, $"{service}{since}}}");
        }

        string prefix = query.Kind switch
        {
            ChangeListKind.Open => Open,
            ChangeListKind.All => All,
            ChangeListKind.InState => $"{InState}{query.State ?? throw Needs(nameof(query.State))}|",
            ChangeListKind.RequestedBy => $"{RequestedBy}{Person(query.Person ?? throw Needs(nameof(query.Person)))}|",
            ChangeListKind.OnService => $"{OnService}{Service(string.IsNullOrWhiteSpace(query.Service) ? throw Needs(nameof(query.Service)) : query.Service)}|",
            _ => throw new ArgumentException($"Unknown listing {query.Kind}.", nameof(query)),
        };
        return KeyRange.Prefix(prefix);
    }

    /// <summary>An instant's UTC ticks, 19 digits: sorts like time (every <see cref="DateTimeOffset"/> fits).</summary>
    private static string Start(DateTimeOffset start) => start.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>An instant counted down from the last one, 19 digits: later instants sort first.</summary>
    private static string InvertedStart(DateTimeOffset start) =>
        (DateTimeOffset.MaxValue.UtcTicks - start.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    private static string Person(UserIdentity identity) => KeyEscaper.KeyPart(identity.ToString());

    /// <summary>Services compare case-insensitively (<c>Mail</c> is <c>mail</c>); trimmed, as the domain stores them.</summary>
    private static string Service(string service) => KeyEscaper.KeyPart(service.Trim().ToUpperInvariant());

    private static ArgumentException Needs(string name) => new($"This listing needs {name}.");
}
