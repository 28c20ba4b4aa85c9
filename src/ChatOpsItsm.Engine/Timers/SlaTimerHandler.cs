using System.Globalization;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Timers;

/// <summary>
/// An SLA warning (75% of a target) or breach (100%) falling due. It re-reads the incident first: one responded to,
/// resolved or no longer open stays quiet, one whose clock is paused waits for the timers its resume sets, and one
/// whose due time moved on (paused time) is put back until then. Otherwise the assignee is told, or every on-call
/// route while it is unassigned.
/// </summary>
public sealed class SlaTimerHandler(IIncidentStore store, NotificationSender sender, IncidentCards cards, IOptions<ItsmOptions> options)
{
    public async Task<DeliveryResult> HandleAsync(TimerWork timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        StoredIncident? stored = await store.GetAsync(timer.Ticket, cancellationToken);
        if (stored is null)
        {
            return DeliveryResult.Skipped($"{timer.Ticket} does not exist.");
        }

        Incident incident = stored.Incident;
        if (QuietBecause(incident, timer.Kind) is { } quiet)
        {
            return DeliveryResult.Skipped(quiet);
        }

        if (incident.SlaClock.IsPaused)
        {
            return DeliveryResult.Skipped($"{incident.Id}'s SLA clock is paused while it waits on the requester.");
        }

        TimeSpan autoCloseAfter = options.Value.AutoCloseAfter;
        DateTimeOffset due = IncidentOutbound.DueAt(incident, timer.Kind, now, autoCloseAfter);
        if (due > now + TimerHandler.Tolerance)
        {
            return DeliveryResult.Reschedule(due);
        }

        DateTimeOffset breachAt = IncidentOutbound.DueAt(incident, BreachOf(timer.Kind), now, autoCloseAfter);
        if (IsWarning(timer.Kind) && breachAt <= now + TimerHandler.Tolerance)
        {
            return DeliveryResult.Skipped($"{incident.Id}'s {TargetName(timer.Kind)} target is already breached; the breach notice says it.");
        }

        // Keys come from the timer set for this due instant, so a timer moved here by paused time and the one set on
        // resume deliver one notice between them.
        string key = IncidentOutbound.Timer(incident, timer.Kind, due).WorkId;
        return await NotifyAsync(incident, timer.Kind, breachAt, key, now, cancellationToken);
    }

    private async Task<DeliveryResult> NotifyAsync(
        Incident incident, TimerKind kind, DateTimeOffset breachAt, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string text = Text(incident, kind, breachAt, now);
        if (incident.Assignee is { } assignee)
        {
            Person viewer = IncidentOutbound.Viewer(assignee, incident.AssigneeName ?? assignee.Id, Role.Agent);
            DeliveryTarget target = DeliveryTarget.ToPerson(assignee);
            bool sent = await sender.SendAsync(
                target, Reply.Show(cards.Render(incident, viewer, now), text), $"{key}:{target}", null, essential: !IsWarning(kind), cancellationToken);
            return sent ? DeliveryResult.Done() : DeliveryResult.Skipped($"{target} turned non-essential notifications off.");
        }

        List<ConversationAddress> routes = OnCallRoutes();
        if (routes.Count == 0)
        {
            return DeliveryResult.Skipped($"{incident.Id} is unassigned and no on-call route is configured (Itsm:Routes:OnCall).");
        }

        string unassigned = $"{text} It is unassigned: `incident assign {incident.Id} me`.";
        foreach (ConversationAddress route in routes)
        {
            Person viewer = IncidentOutbound.Viewer(new UserIdentity(route.Platform, "oncall-route"), "on-call", Role.OnCall);
            DeliveryTarget target = DeliveryTarget.ToConversation(route);
            await sender.SendAsync(
                target, Reply.Show(cards.Render(incident, viewer, now), unassigned), $"{key}:{target}", null, essential: true, cancellationToken);
        }

        return DeliveryResult.Done();
    }

    private List<ConversationAddress> OnCallRoutes()
    {
        List<ConversationAddress> routes = [];
        foreach (string route in options.Value.Routes.OnCall)
        {
            if (RouteAddress.TryParse(route, out ConversationAddress? address))
            {
                routes.Add(address);
            }
        }

        return routes;
    }

    private static string? QuietBecause(Incident incident, TimerKind kind)
    {
        if (!IncidentStates.IsOpen(incident.State))
        {
            return $"{incident.Id} is {IncidentStates.DisplayName(incident.State)}.";
        }

        return IsResponse(kind) && incident.RespondedAt is not null ? $"{incident.Id} was responded to." : null;
    }

    /// <summary>"⚠ **INC-1001** (P1, Email down): response due in 3 min (09:15 UTC)" or "**INC-1001** (…) breached its response target (due 09:15 UTC)."</summary>
    private static string Text(Incident incident, TimerKind kind, DateTimeOffset breachAt, DateTimeOffset now) => IsWarning(kind)
        ? $"⚠ **{incident.Id}** ({incident.Priority}, {incident.Title}): {TargetName(kind)} due in {SlaText.Span(breachAt - now)} ({Clock(breachAt, now)})."
        : $"**{incident.Id}** ({incident.Priority}, {incident.Title}) breached its {TargetName(kind)} target (due {Clock(breachAt, now)}).";

    /// <summary>The time of day when it is today, the full stamp otherwise.</summary>
    private static string Clock(DateTimeOffset at, DateTimeOffset now) => at.UtcDateTime.Date == now.UtcDateTime.Date
        ? at.ToUniversalTime().ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture)
        : SlaText.Stamp(at);

    private static bool IsWarning(TimerKind kind) => kind is TimerKind.ResponseWarning or TimerKind.ResolutionWarning;

    private static bool IsResponse(TimerKind kind) => kind is TimerKind.ResponseWarning or TimerKind.ResponseBreach;

    private static TimerKind BreachOf(TimerKind kind) => IsResponse(kind) ? TimerKind.ResponseBreach : TimerKind.ResolutionBreach;

    private static string TargetName(TimerKind kind) => IsResponse(kind) ? "response" : "resolution";
}
