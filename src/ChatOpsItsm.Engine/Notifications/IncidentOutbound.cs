using System.Globalization;
using ChatOpsItsm.Domain.Audit;
using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Changes;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.Engine.Timers;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Notifications;

/// <summary>
/// The outbound work an incident change promises (SPEC §4): the requester hears of every state change, the
/// assignee of an assignment or a reopen, the on-call routes of a new P1 or P2; SLA timers are set when the clocks
/// start or move, and the auto-close timer when the incident is resolved; a major incident's own work comes from
/// <see cref="MajorOutbound"/>. Work ids are derived from the incident and the event, so the same promise made twice is
/// delivered once.
/// </summary>
public sealed class IncidentOutbound(IOptions<ItsmOptions> options, IncidentCards cards, MajorOutbound major)
{
    /// <summary>Share of a target after which the warning goes out.</summary>
    public const double WarningShare = 0.75;

    public IReadOnlyList<OutboundWork> For(Incident incident, DateTimeOffset now) => For(incident, now, []);

    /// <summary>The work of the incident's pending events; the on-call notice of a new one names <paramref name="suspects"/>.</summary>
    public IReadOnlyList<OutboundWork> For(Incident incident, DateTimeOffset now, IReadOnlyList<ChangeSummary> suspects)
    {
        ArgumentNullException.ThrowIfNull(suspects);
        ArgumentNullException.ThrowIfNull(incident);
        List<OutboundWork> work = [];
        foreach (AuditEvent change in incident.PendingEvents)
        {
            string prefix = $"{incident.Id}:{change.Sequence.ToString(CultureInfo.InvariantCulture)}";
            NotifyRequester(incident, change, prefix, now, work);
            switch (change.Action)
            {
                case AuditActions.Reported:
                    // Declared major in the same write: the announcement to the same routes replaces the plain alert.
                    if (!MajorOutbound.DeclaredAtReport(incident))
                    {
                        AlertOnCall(incident, prefix, now, work, suspects);
                    }

                    // Declared major in the same write, it was taken by its commander: the response is already met.
                    AddSlaTimers(incident, now, work, response: incident.RespondedAt is null);
                    break;
                case AuditActions.Assigned:
                    NotifyAssignee(incident, change, prefix, now, work, incident.PendingEvents.Any(e => e.Action == AuditActions.Declared)
                        ? $"**{incident.Id}** ({incident.Priority}, {incident.Title}) was declared a major incident by {change.ActorName}, "
                            + $"and you are its incident commander: `major update {incident.Id} <text>` keeps everyone informed."
                        : $"**{incident.Id}** ({incident.Priority}, {incident.Title}) was assigned to you by {change.ActorName}.");
                    break;
                case AuditActions.Resumed when WasPausedBy(change):
                    // Only a hold waiting on the requester stops the clock; leaving any other hold moves no due time.
                    AddSlaTimers(incident, now, work, response: incident.RespondedAt is null);
                    break;
                case AuditActions.Reopened:
                    NotifyAssignee(incident, change, prefix, now, work,
                        $"**{incident.Id}** ({incident.Priority}, {incident.Title}) was reopened by {change.ActorName}: {Shorten(change.Text ?? "")}");
                    AddSlaTimers(incident, now, work, response: false);
                    break;
                case AuditActions.Resolved:
                    DateTimeOffset closeAt = change.At + options.Value.AutoCloseAfter;
                    work.Add(Timer(incident, TimerKind.AutoClose, closeAt));
                    break;
                default:
                    break;
            }
        }

        work.AddRange(major.For(incident, now));
        return work;
    }

    /// <summary>The timer id: one per incident, kind and due instant, so re-setting an unchanged timer changes nothing.</summary>
    public static TimerWork Timer(Incident incident, TimerKind kind, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new TimerWork($"{incident.Id}:timer:{kind}:{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}", at, kind, incident.Id);
    }

    /// <summary>When the timer of <paramref name="kind"/> is due for the incident as it stands at <paramref name="now"/>.</summary>
    public static DateTimeOffset DueAt(Incident incident, TimerKind kind, DateTimeOffset now, TimeSpan autoCloseAfter)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return kind switch
        {
            TimerKind.ResponseWarning => incident.SlaClock.DueAt(incident.SlaTarget.Response * WarningShare, now),
            TimerKind.ResponseBreach => incident.SlaClock.DueAt(incident.SlaTarget.Response, now),
            TimerKind.ResolutionWarning => incident.SlaClock.DueAt(incident.SlaTarget.Resolution * WarningShare, now),
            TimerKind.ResolutionBreach => incident.SlaClock.DueAt(incident.SlaTarget.Resolution, now),
            TimerKind.AutoClose => (incident.ResolvedAt ?? now) + autoCloseAfter,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown timer."),
        };
    }

    /// <summary>Cards show the buttons their reader may use; a click is checked again when it arrives.</summary>
    internal static Person Viewer(UserIdentity identity, string name, params Role[] roles) => new(identity, name, [identity], roles);

    private static bool WasPausedBy(AuditEvent resumed) =>
        resumed.Changes.Any(c => c.Field == "holdReason" && c.OldValue == nameof(HoldReason.AwaitingRequester));

    private void AddSlaTimers(Incident incident, DateTimeOffset now, List<OutboundWork> work, bool response)
    {
        if (incident.SlaClock.IsPaused)
        {
            return;
        }

        TimerKind[] kinds = response
            ? [TimerKind.ResponseWarning, TimerKind.ResponseBreach, TimerKind.ResolutionWarning, TimerKind.ResolutionBreach]
            : [TimerKind.ResolutionWarning, TimerKind.ResolutionBreach];
        foreach (TimerKind kind in kinds)
        {
            work.Add(Timer(incident, kind, DueAt(incident, kind, now, options.Value.AutoCloseAfter)));
        }
    }

    private void NotifyRequester(Incident incident, AuditEvent change, string prefix, DateTimeOffset now, List<OutboundWork> work)
    {
        FieldChange? state = change.Changes.FirstOrDefault(c => c.Field == "state");
        if (state?.NewValue is null || change.Actor == incident.Requester)
        {
            return;
        }

        Reply message = Reply.Show(
            cards.Render(incident, Viewer(incident.Requester, incident.RequesterName), now),
            $"Your incident **{incident.Id}** ({incident.Title}) is now **{state.NewValue}**{RequesterDetail(incident, change)}");
        work.Add(new NotificationWork($"{prefix}:requester", now, DeliveryTarget.ToPerson(incident.Requester), message, null, Essential: false));
    }

    /// <summary>What the requester reads after the new state: who took it, what it waits on, how to answer a resolution.</summary>
    private string RequesterDetail(Incident incident, AuditEvent change)
    {
        string text = change.Text is { Length: > 0 } given ? Shorten(given) : "";
        bool waitsOnRequester = change.Changes.Any(c => c.Field == "holdReason" && c.NewValue == nameof(HoldReason.AwaitingRequester));
        return change.Action switch
        {
            AuditActions.Assigned => $": {(text.Length > 0 ? text : incident.AssigneeName)} is working on it.",
            AuditActions.PutOnHold when waitsOnRequester =>
                $": it is waiting on you{(text.Length > 0 ? $" ({text})" : "")}. Answer with `incident note {incident.Id} <text>`; "
                + "its SLA clock is paused meanwhile.",
            AuditActions.Resolved =>
                $": {text}\n\nNot fixed? `incident reopen {incident.Id} <reason>`. Fixed? `incident close {incident.Id}`.",
            AuditActions.Closed when change.Actor == SystemActor.Identity =>
                $": it closed itself after {Quiet(options.Value.AutoCloseAfter)} resolved without a reopen.",
            _ => text.Length > 0 ? $": {text}" : ".",
        };
    }

    private void NotifyAssignee(Incident incident, AuditEvent change, string prefix, DateTimeOffset now, List<OutboundWork> work, string text)
    {
        if (incident.Assignee is not { } assignee || assignee == change.Actor)
        {
            return;
        }

        Reply message = Reply.Show(cards.Render(incident, Viewer(assignee, incident.AssigneeName ?? assignee.Id, Role.Agent), now), text);
        work.Add(new NotificationWork($"{prefix}:assignee", now, DeliveryTarget.ToPerson(assignee), message, null, Essential: true));
    }

    private void AlertOnCall(Incident incident, string prefix, DateTimeOffset now, List<OutboundWork> work, IReadOnlyList<ChangeSummary> suspects)
    {
        if (incident.Priority > Priority.P2)
        {
            return;
        }

        foreach (string route in options.Value.Routes.OnCall)
        {
            if (!RouteAddress.TryParse(route, out ConversationAddress? address))
            {
                continue;
            }

            Person viewer = Viewer(new UserIdentity(address.Platform, "oncall-route"), "on-call", Role.OnCall);
            string? named = ChangeSuspects.Describe(suspects, now);
            Reply message = Reply.Show(
                ChangeSuspects.WithSuspects(cards.Render(incident, viewer, now), incident.Id, suspects, viewer, now),
                $"New **{incident.Priority}** incident **{incident.Id}** on {incident.Service}: {incident.Title}" + (named is null ? "" : $"\n{named}"));
            work.Add(new NotificationWork($"{prefix}:oncall:{address}", now, DeliveryTarget.ToConversation(address), message, null, Essential: true));
        }
    }

    private static string Quiet(TimeSpan span) => span.Ticks % TimeSpan.TicksPerDay != 0
        ? SlaText.Span(span)
        : span.Days == 1 ? "a day" : $"{span.Days.ToString(CultureInfo.InvariantCulture)} days";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
