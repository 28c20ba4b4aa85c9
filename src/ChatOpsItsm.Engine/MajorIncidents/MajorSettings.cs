using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// What the <c>major</c> commands read from configuration: the status-update cadence of a priority, where a war room
/// opens, and the stakeholder routes an update goes to.
/// </summary>
public sealed class MajorSettings(IOptions<ItsmOptions> options)
{
    /// <summary>How often <paramref name="priority"/>'s status updates are due (<c>Itsm:Major:Cadence</c>).</summary>
    public TimeSpan CadenceFor(Priority priority) => options.Value.Major.CadenceFor(priority.ToString());

    /// <summary>The bot's public address without a trailing slash, or null.</summary>
    public string? PublicBaseUrl => options.Value.PublicBaseUrl?.TrimEnd('/');

    /// <summary>The stakeholder routes that can be read, each once.</summary>
    public IReadOnlyList<ConversationAddress> StakeholderRoutes => Routes(options.Value.Routes.Stakeholders);

    /// <summary>
    /// Where the war room of an incident declared by <paramref name="inbound"/> opens: the declaring conversation, unless it
    /// is a direct or group chat where no thread can open; then the first on-call route on the same platform, else the
    /// first on-call route; null when there is none.
    /// </summary>
    public string? WarRoomParentFor(InboundEvent inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (!inbound.IsDirect)
        {
            return inbound.Conversation.ToString();
        }

        List<ConversationAddress> onCall = Routes(options.Value.Routes.OnCall);
        ConversationAddress? route = onCall.FirstOrDefault(r => r.Platform.Equals(inbound.Conversation.Platform, StringComparison.OrdinalIgnoreCase))
            ?? (onCall.Count > 0 ? onCall[0] : null);
        return route?.ToString();
    }

    private static List<ConversationAddress> Routes(IEnumerable<string> routes)
    {
        List<ConversationAddress> read = [];
        foreach (string route in routes)
        {
            if (RouteAddress.TryParse(route, out ConversationAddress? address) && !read.Contains(address))
            {
                read.Add(address);
            }
        }

        return read;
    }
}
