using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChatOpsItsm.Bench.Delivery;

/// <summary>
/// What <see cref="Hosting.RecordingOutboundChannel"/> saw: per delivery key, the instant the channel was first
/// called with it. On-call notices are also kept by incident and route, since their key is
/// <c>{incident}:{event}:oncall:{route}</c> (<c>IncidentOutbound</c>) and the bench knows the incident and the route.
/// Thread-safe; the channel is called from every delivery worker at once.
/// </summary>
internal sealed class DeliveryRecorder
{
    private const string OnCallMarker = ":oncall:";

    private readonly ConcurrentDictionary<string, Handover> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Incident, string Route), Handover> _onCall = new();

    /// <summary>Called by the channel decorator before the real channel runs: the instant the notice was handed over.</summary>
    public void Record(string deliveryKey, string target)
    {
        ArgumentNullException.ThrowIfNull(deliveryKey);
        long now = Stopwatch.GetTimestamp();
        Handover handover = _byKey.AddOrUpdate(
            deliveryKey, _ => new Handover(now, target, 1), (_, first) => first with { Calls = first.Calls + 1 });
        int marker = deliveryKey.IndexOf(OnCallMarker, StringComparison.Ordinal);
        int incidentEnd = deliveryKey.IndexOf(':', StringComparison.Ordinal);
        if (marker > 0 && incidentEnd > 0)
        {
            _onCall[(deliveryKey[..incidentEnd], deliveryKey[(marker + OnCallMarker.Length)..])] = handover;
        }
    }

    /// <summary>The on-call notice of <paramref name="incident"/> to <paramref name="route"/> (<c>local:oncall</c>), if handed over.</summary>
    public bool TryGetOnCall(string incident, string route, out Handover handover) => _onCall.TryGetValue((incident, route), out handover);
}
