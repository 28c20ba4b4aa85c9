using System.Globalization;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.Engine.Incidents;

namespace ChatOpsItsm.Storage.AzureTables.Keys;

/// <summary>
/// The listing index rows of an incident, in its partition (docs/storage.md): <c>ix|open|P|N</c>,
/// <c>ix|all|P|N</c>, <c>ix|state|State|P|N</c>, <c>ix|req|identity|IN</c>, <c>ix|asg|identity|IN</c> and
/// <c>ix|svc|SERVICE|IN</c> (every incident on a service, newest first, the service compared without regard to case).
/// </summary>
internal static class IncidentIndexKeys
{
    private const string Open = "ix|open|";
    private const string All = "ix|all|";
    private const string InState = "ix|state|";
    private const string RequestedBy = "ix|req|";
    private const string AssignedTo = "ix|asg|";
    private const string OnService = "ix|svc|";

    /// <summary>The index rows that exist for an incident in this state.</summary>
    public static IReadOnlyList<string> For(IncidentSnapshot incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        string priority = Digit(PriorityMatrix.Of(incident.Impact, incident.Urgency));
        string number = TicketKeys.Number(incident.Id.Number);
        string inverted = TicketKeys.Inverted(incident.Id.Number);
        List<string> keys =
        [
            $"{All}{priority}|{number}",
            $"{InState}{incident.State}|{priority}|{number}",
            $"{RequestedBy}{Person(incident.Requester)}|{inverted}",
            $"{OnService}{Service(incident.Service)}|{inverted}",
        ];
        if (IncidentStates.IsOpen(incident.State))
        {
            keys.Add($"{Open}{priority}|{number}");
        }

        if (incident.Assignee is { } assignee && !IncidentStates.IsFinal(incident.State))
        {
            keys.Add($"{AssignedTo}{Person(assignee)}|{inverted}");
        }

        return keys;
    }

    /// <summary>
    /// Whether <paramref name="rowKey"/> could be an index row of <paramref name="id"/>: a version token is only
    /// trusted to delete such rows, never a record or another incident's entry.
    /// </summary>
    public static bool BelongsTo(string rowKey, TicketId id)
    {
        ArgumentNullException.ThrowIfNull(rowKey);
        bool newestFirst = rowKey.StartsWith(RequestedBy, StringComparison.Ordinal) || rowKey.StartsWith(AssignedTo, StringComparison.Ordinal)
            || rowKey.StartsWith(OnService, StringComparison.Ordinal);
        bool byPriority = rowKey.StartsWith(Open, StringComparison.Ordinal) || rowKey.StartsWith(All, StringComparison.Ordinal)
            || rowKey.StartsWith(InState, StringComparison.Ordinal);
        string suffix = "|" + (newestFirst ? TicketKeys.Inverted(id.Number) : TicketKeys.Number(id.Number));
        return (newestFirst || byPriority) && rowKey.EndsWith(suffix, StringComparison.Ordinal);
    }

    /// <summary>The key range a listing reads.</summary>
    /// <exception cref="ArgumentException">InState without a state, a person listing without a person, OnService without a service.</exception>
    public static KeyRange Listing(IncidentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string prefix = query.Kind switch
        {
            IncidentListKind.Open => ByPriority(Open, query.Priority),
            IncidentListKind.All => ByPriority(All, query.Priority),
            IncidentListKind.InState => ByPriority($"{InState}{Required(query.State, nameof(query.State))}|", query.Priority),
            IncidentListKind.RequestedBy => $"{RequestedBy}{Person(Required(query.Person, nameof(query.Person)))}|",
            IncidentListKind.AssignedTo => $"{AssignedTo}{Person(Required(query.Person, nameof(query.Person)))}|",
            IncidentListKind.OnService => string.IsNullOrWhiteSpace(query.Service)
                ? throw new ArgumentException($"This listing needs {nameof(query.Service)}.", nameof(query))
                : $"{OnService}{Service(query.Service)}|",
            _ => throw new ArgumentException($"Unknown listing {query.Kind}.", nameof(query)),
        };
        return KeyRange.Prefix(prefix);
    }

    private static string ByPriority(string prefix, Priority? priority) =>
        priority is { } value ? $"{prefix}{Digit(value)}|" : prefix;

    private static string Digit(Priority priority) => ((int)priority).ToString(CultureInfo.InvariantCulture);

    private static string Person(UserIdentity identity) => KeyEscaper.KeyPart(identity.ToString());

    /// <summary>
    /// A service as a key part: trimmed, upper-cased with the invariant culture (so <c>Mail</c> is <c>MAIL</c>) and
    /// escaped, as the change and problem service keys are. Also the key of a service's burst offer.
    /// </summary>
    public static string Service(string service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return KeyEscaper.KeyPart(service.Trim().ToUpperInvariant());
    }

    private static T Required<T>(T? value, string name)
        where T : struct =>
        value ?? throw new ArgumentException($"This listing needs {name}.");
}
