using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Requests;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Requests;

namespace ChatOpsItsm.Storage.AzureTables.Keys;

/// <summary>
/// The listing index rows of a service request, in the <c>REQ</c> partition (docs/storage.md): <c>ix|open|N</c> (oldest
/// first, while not Rejected, Closed or Canceled), <c>ix|all|IN</c> and <c>ix|req|identity|IN</c> (newest first).
/// </summary>
internal static class RequestIndexKeys
{
    private const string Open = "ix|open|";
    private const string All = "ix|all|";
    private const string RequestedBy = "ix|req|";

    public static IReadOnlyList<string> For(RequestSnapshot request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string inverted = TicketKeys.Inverted(request.Id.Number);
        List<string> keys = [$"{All}{inverted}", $"{RequestedBy}{Person(request.Requester)}|{inverted}"];
        if (!RequestStates.IsFinal(request.State))
        {
            keys.Add($"{Open}{TicketKeys.Number(request.Id.Number)}");
        }

        return keys;
    }

    /// <summary>Whether <paramref name="rowKey"/> could be an index row of <paramref name="id"/>: the only rows a version may delete.</summary>
    public static bool BelongsTo(string rowKey, TicketId id)
    {
        ArgumentNullException.ThrowIfNull(rowKey);
        bool newestFirst = rowKey.StartsWith(All, StringComparison.Ordinal) || rowKey.StartsWith(RequestedBy, StringComparison.Ordinal);
        if (newestFirst)
        {
            return rowKey.EndsWith(TicketKeys.Inverted(id.Number), StringComparison.Ordinal);
        }

        return rowKey == Open + TicketKeys.Number(id.Number);
    }

    /// <exception cref="ArgumentException">RequestedBy without a person.</exception>
    public static KeyRange Listing(RequestQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string prefix = query.Kind switch
        {
            RequestListKind.Open => Open,
            RequestListKind.All => All,
            RequestListKind.RequestedBy => $"{RequestedBy}{Person(query.Person ?? throw new ArgumentException("This listing needs a person.", nameof(query)))}|",
            _ => throw new ArgumentException($"Unknown listing {query.Kind}.", nameof(query)),
        };
        return KeyRange.Prefix(prefix);
    }

    private static string Person(UserIdentity identity) => KeyEscaper.KeyPart(identity.ToString());
}
