using System.Globalization;

namespace ChatOpsItsm.Bench.Hosting;

/// <summary>
/// The two modes the bench starts the host in: for the command phases with the delivery workers off (every storage
/// request counted then belongs to a chat request), and for the delivery phases with the workers on, polling often,
/// and on-call routes to the local channel.
/// </summary>
internal static class HostSettings
{
    private const string RouteKey = "Itsm:Routes:OnCall:";

    /// <summary>Workers off: nothing runs in the background, the outbox flushes stay on the queue.</summary>
    public static Dictionary<string, string?> Commands(string queueName) => new()
    {
        ["Delivery:QueueName"] = queueName,
        ["Delivery:WorkersEnabled"] = "false",
    };

    /// <summary>
    /// Workers on, polling every <paramref name="pollInterval"/> when the queue is empty, a new P1 posted to each
    /// route. The P1 response target is a day, so no SLA warning fires during a long run and adds notices of its own.
    /// </summary>
    public static Dictionary<string, string?> Delivery(string queueName, TimeSpan pollInterval, IReadOnlyList<string> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        Dictionary<string, string?> settings = new()
        {
            ["Delivery:QueueName"] = queueName,
            ["Delivery:WorkersEnabled"] = "true",
            ["Delivery:PollInterval"] = pollInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Itsm:Sla:P1:Response"] = "1.00:00:00",
            ["Itsm:Sla:P1:Resolution"] = "2.00:00:00",
        };
        for (int index = 0; index < routes.Count; index++)
        {
            settings[RouteKey + index.ToString(CultureInfo.InvariantCulture)] = routes[index];
        }

        return settings;
    }

    /// <summary>The routes <paramref name="settings"/> set, in order.</summary>
    public static IReadOnlyList<string> OnCallRoutes(IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        List<string> routes = [];
        while (settings.TryGetValue(RouteKey + routes.Count.ToString(CultureInfo.InvariantCulture), out string? route) && route is not null)
        {
            routes.Add(route);
        }

        return routes;
    }
}
